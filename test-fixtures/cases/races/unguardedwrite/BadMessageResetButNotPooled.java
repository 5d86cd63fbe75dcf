package races.unguardedwrite;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike of GoodPooledMessageResetWhenRecycled whose release only clears the message and keeps
 * it: nothing ends its owner's use, the reset races with clients still reading it under its monitor.
 */
public class BadMessageResetButNotPooled {
    private final BlockingQueue<Message> incoming = new LinkedBlockingQueue<>();
    private final ExecutorService internal;

    public BadMessageResetButNotPooled(ExecutorService internal) {
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
        private String topic;
        private byte[] payload;
        private Map<String, String> properties;

        private Message() {
        }

        static Message create(String topic, byte[] payload) {
            Message m = new Message();
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
            properties = null; // expect: UnguardedWrite['`properties` is written without `this`']
        }
    }
}
