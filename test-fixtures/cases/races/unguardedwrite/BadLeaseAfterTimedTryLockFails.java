package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The look-alike: when the timed tryLock fails the request is queued anyway, without the lock that
 * every other access of the queue holds.
 */
public class BadLeaseAfterTimedTryLockFails {
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<String> pending = new ArrayDeque<>();

    public boolean lease(String request, long timeoutMillis) throws InterruptedException {
        boolean acquired = lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS);
        if (acquired) {
            try {
                pending.addLast(request);
            } finally {
                lock.unlock();
            }
            return true;
        }
        pending.addLast(request); // expect: UnguardedWrite['`pending.addLast()` changes `pending` without `lock`']
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
