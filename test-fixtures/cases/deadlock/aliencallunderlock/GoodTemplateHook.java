package deadlock.aliencallunderlock;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A template-method job processor calls its own abstract handle() hook while holding its lock: the hook is
 * the object's own part of the protocol (its subclass), not code a caller hands in, so it is not alien.
 */
public abstract class GoodTemplateHook {
    private final ReentrantLock lock = new ReentrantLock();
    private long processed;

    public final void process(String job) {
        lock.lock();
        try {
            handle(job);
            processed++;
        } finally {
            lock.unlock();
        }
    }

    public final long processed() {
        lock.lock();
        try {
            return processed;
        } finally {
            lock.unlock();
        }
    }

    protected abstract void handle(String job);
}
