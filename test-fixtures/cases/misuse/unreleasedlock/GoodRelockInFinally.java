package misuse.unreleasedlock;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A usage gauge that lets its read lock go to wait under the write lock, and takes the read lock back in
 * the inner finally: whatever the wait does, the read lock is held again when the outer finally releases
 * it (activemq's MemoryUsage.waitForSpace).
 */
public class GoodRelockInFinally {
    private final ReentrantReadWriteLock usageLock = new ReentrantReadWriteLock();
    private final Condition space = usageLock.writeLock().newCondition();
    private int percent;

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
                    usageLock.readLock().lock();
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
