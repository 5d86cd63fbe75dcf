package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * The same queue, but reset() clears the drain's state on whichever thread calls it, without going through
 * the consumer: it races with a drain running on the consumer's thread.
 */
public class BadDrainStateResetOffTheConsumerThread {

    /** An executor that can tell whether the caller is on its thread. */
    public interface ConsumerExecutor extends Executor {
        boolean inThread();
    }

    private final ConsumerExecutor consumer;
    private final Queue<String> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    // accessed by the consumer thread
    private boolean draining;
    private int drained;

    public BadDrainStateResetOffTheConsumerThread(ConsumerExecutor consumer) {
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

    public void reset() {
        draining = false;
    }

    private void drainOnConsumer() {
        if (draining) {
            return;
        }
        draining = true; // expect: UnguardedWrite['it races with the write of `draining` in `BadDrainStateResetOffTheConsumerThread.reset` (without a lock)']
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
