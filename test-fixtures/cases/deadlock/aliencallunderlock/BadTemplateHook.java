package deadlock.aliencallunderlock;

import java.util.concurrent.locks.ReentrantLock;

/** A template-method job processor calls its abstract handle() hook while holding its lock: the subclass's code, unknown here, runs under the lock. */
public abstract class BadTemplateHook {
    private final ReentrantLock lock = new ReentrantLock();
    private long processed;

    public final void process(String job) {
        lock.lock();
        try {
            handle(job); // expect: AlienCallUnderLock['`this.handle()`, which no class of the program implements (an abstract hook for subclasses outside the program)']
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
