package misuse.unreleasedlock;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The look-alike: before it takes the read lock back, the inner finally tells a listener, which can
 * throw; then the read lock is not held again, and the outer finally's unlock() throws
 * IllegalMonitorStateException, hiding the listener's failure.
 */
public class BadRelockInFinallyAfterCallback {
    private final ReentrantReadWriteLock usageLock = new ReentrantReadWriteLock();
    private final Condition space = usageLock.writeLock().newCondition();
    private final Runnable listener;
    private int percent;

    public BadRelockInFinallyAfterCallback(Runnable listener) {
        this.listener = listener;
    }

    public void waitForSpace() throws InterruptedException {
        usageLock.readLock().lock();
        try {
            if (percent >= 100) {
                usageLock.readLock().unlock();
                usageLock.writeLock().lock();
                try {
                    while (percent >= 100) {
                        space.await();
                    }
                } finally {
                    usageLock.writeLock().unlock();
                    listener.run();
                    usageLock.readLock().lock(); // expect: UnreleasedLock['`usageLock.readLock().lock()` is inside the try whose finally unlocks it, after statements that can throw']
                }
            }
        } finally {
            usageLock.readLock().unlock();
        }
    }

    public void release(int points) {
        usageLock.writeLock().lock();
        try {
            percent -= points;
            space.signalAll();
        } finally {
            usageLock.writeLock().unlock();
        }
    }
}
