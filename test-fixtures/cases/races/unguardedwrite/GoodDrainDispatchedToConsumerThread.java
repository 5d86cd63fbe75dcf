package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * A message queue drains on its consumer's thread: it drains itself when a test of the consumer says the
 * caller is on its thread, and hands the drain to the consumer otherwise; the consumer runs one task at a
 * time on its thread. The drain's state is confined to that thread (vert.x's InboundMessageQueue).
 */
public class GoodDrainDispatchedToConsumerThread {

    /** An executor that can tell whether the caller is on its thread. */
    public interface ConsumerExecutor extends Executor {
        boolean inThread();
    }

    private final ConsumerExecutor consumer;
    private final Queue<String> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    // accessed by the consumer thread
    private boolean draining;
    private int drained;

    public GoodDrainDispatchedToConsumerThread(ConsumerExecutor consumer) {
        this.consumer = consumer;
    }

    public void write(String message) {
        pending.add(message);
        drain();
    }

    public void drain() {
        if (consumer.inThread()) {
            drainOnConsumer();
        } else {
            consumer.execute(this::drainOnConsumer);
        }
    }

    public void close() {
        if (!consumer.inThread()) {
            consumer.execute(this::close);
            return;
        }
        if (!draining) {
            pending.clear();
        }
    }

    private void drainOnConsumer() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            Queue<String> batch = new ArrayDeque<>();
            for (String m; (m = pending.poll()) != null; ) {
                batch.add(m);
            }
            drained += batch.size();
        } finally {
            draining = false;
        }
    }
}
