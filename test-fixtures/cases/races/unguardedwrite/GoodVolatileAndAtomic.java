package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/** A task queue guarded by its monitor, with a volatile shutdown flag set without the lock and an atomic counter: all correct. */
public class GoodVolatileAndAtomic {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final AtomicLong submitted = new AtomicLong();
    private volatile boolean shutdown;

    public synchronized boolean offer(Runnable task) {
        if (shutdown) {
            return false;
        }
        submitted.incrementAndGet();
        return queue.offer(task);
    }

    public synchronized Runnable poll() {
        return queue.poll();
    }

    public void shutdown() {
        shutdown = true;
    }

    public long submitted() {
        return submitted.get();
    }
}
