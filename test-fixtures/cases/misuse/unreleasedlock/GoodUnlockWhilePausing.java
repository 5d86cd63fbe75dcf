package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantLock;

/**
 * pauseHolding() runs with its caller's hold on the lock: it lets go while it sleeps and takes the lock
 * back in a finally, so the caller's own try/finally releases it. workIfFree() unlocks only if its
 * tryLock() succeeded.
 */
public class GoodUnlockWhilePausing {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    private void pauseHolding(long millis) throws InterruptedException {
        lock.unlock();
        try {
            Thread.sleep(millis);
        } finally {
            lock.lock();
        }
    }

    public void work() throws InterruptedException {
        lock.lock();
        try {
            pauseHolding(10); // known-fp: BlockingUnderLock #the callee releases the lock before it sleeps
            count++;
        } finally {
            lock.unlock();
        }
    }

    public boolean workIfFree() {
        boolean locked = lock.tryLock();
        try {
            if (locked) {
                count++;
            }
            return locked;
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    public int count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
