package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pool's lease takes its lock with a timed tryLock when the caller gave a timeout, and with
 * lockInterruptibly otherwise; either way the flag says whether it is held, and the pending queue is
 * only touched inside {@code if (acquired)}, whose finally releases it.
 */
public class GoodLeaseUnderTimedTryLockFlag {
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<String> pending = new ArrayDeque<>();

    public boolean lease(String request, long timeoutMillis) {
        final boolean acquired;
        try {
            if (timeoutMillis > 0) {
                acquired = lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS);
            } else {
                lock.lockInterruptibly();
                acquired = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (acquired) {
            try {
                pending.addLast(request);
            } finally {
                lock.unlock();
            }
            return true;
        }
        return false;
    }

    public void clear() {
        lock.lock();
        try {
            pending.clear();
        } finally {
            lock.unlock();
        }
    }

    public int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }
}
