package races.guardedbyviolation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import net.jcip.annotations.GuardedBy;

/**
 * The cache takes its eviction lock through lock(), which returns only once a timed tryLock (or, after
 * a warning, a plain lock()) has succeeded, and through the lockShort()/unlockShort() pair: every call
 * of the guarded maintenance holds the lock.
 */
public class GoodHelperCalledAfterLockWrapper {
    private final ReentrantLock evictionLock = new ReentrantLock();

    @GuardedBy("evictionLock")
    private final Deque<String> accessOrder = new ArrayDeque<>();

    public void afterWrite(String key) {
        lock();
        try {
            maintenance(key);
        } finally {
            evictionLock.unlock();
        }
    }

    public void afterRead(String key) {
        lockShort();
        try {
            maintenance(key);
        } finally {
            unlockShort();
        }
    }

    void lock() {
        boolean interrupted = false;
        try {
            for (;;) {
                try {
                    if (evictionLock.tryLock(10, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                    System.err.println("slow eviction");
                    evictionLock.lock();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void lockShort() {
        evictionLock.lock();
    }

    private void unlockShort() {
        evictionLock.unlock();
    }

    @GuardedBy("evictionLock")
    void maintenance(String key) {
        accessOrder.addLast(key);
        if (accessOrder.size() > 100) {
            accessOrder.pollFirst();
        }
    }
}
