package misuse.unreleasedlock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The look-alike of a timed-or-interruptible lease: between taking the lock and the try that releases it,
 * the callback runs, and if it throws the lock stays held.
 */
public class BadCallBetweenFlaggedLockAndTry {
    private final ReentrantLock lock = new ReentrantLock();
    private int leased;

    public boolean lease(long timeoutMillis, Runnable onAttempt) throws InterruptedException {
        final boolean acquired;
        if (timeoutMillis > 0) {
            acquired = lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS);
        } else {
            lock.lockInterruptibly(); // expect: UnreleasedLock['`lock` is released outside a finally block']
            acquired = true;
        }
        onAttempt.run();
        if (acquired) {
            try {
                leased++;
            } finally {
                lock.unlock();
            }
        }
        return acquired;
    }
}
