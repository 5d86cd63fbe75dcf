package races.unguardedwrite;

import io.netty.util.Recycler;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A pooled message belongs to one owner at a time: the consumer's executor fills it and queues it, the
 * client takes it, reads it and releases it. Releasing resets its fields and hands it back to the pool,
 * which gives it to its next owner through its own thread-safe hand-over; a read racing with the reset
 * would be a use after release, the caller's error, not a race of the message (pulsar MessageImpl).
 */
public class GoodPooledMessageResetWhenRecycled {
    private final BlockingQueue<Message> incoming = new LinkedBlockingQueue<>();
    private final ExecutorService internal;

    public GoodPooledMessageResetWhenRecycled(ExecutorService internal) {
        this.internal = internal;
    }

    public void received(String topic, byte[] payload) {
        internal.execute(() -> {
            incoming.add(Message.create(topic, payload));
        });
    }

    public Message receive() throws InterruptedException {
        return incoming.take();
    }

    public String receiveTopic() throws InterruptedException {
        Message m = incoming.take();
        try {
            return m.getTopic();
        } finally {
            m.release();
        }
    }

    public void clear() {
        internal.execute(() -> {
            Message m;
            while ((m = incoming.poll()) != null) {
                m.release();
            }
        });
    }

    public static final class Message {
        private static final Recycler<Message> RECYCLER = new Recycler<>() {
            @Override
            protected Message newObject(Handle<Message> handle) {
                return new Message(handle);
            }
        };

        private final Recycler.Handle<Message> handle;
        private String topic;
        private byte[] payload;
        private Map<String, String> properties;

        private Message(Recycler.Handle<Message> handle) {
            this.handle = handle;
        }

        static Message create(String topic, byte[] payload) {
            Message m = RECYCLER.get();
            m.topic = topic;
            m.payload = payload;
            return m;
        }

        public String getTopic() {
            return topic;
        }

        public byte[] getPayload() {
            return payload;
        }

        public synchronized Map<String, String> getProperties() {
            if (properties == null) {
                properties = Map.of("topic", String.valueOf(topic));
            }
            return properties;
        }

        public void release() {
            topic = null;
            payload = null;
            properties = null;
            handle.recycle(this);
        }
    }
}
