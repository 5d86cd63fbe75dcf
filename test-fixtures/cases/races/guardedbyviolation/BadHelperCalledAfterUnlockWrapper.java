package races.guardedbyviolation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import net.jcip.annotations.GuardedBy;

/**
 * The look-alikes: the trim runs after unlockShort() has let the lock go, and tryLockShort() only tries,
 * so what follows a call of it is not under the lock.
 */
public class BadHelperCalledAfterUnlockWrapper {
    private final ReentrantLock evictionLock = new ReentrantLock();

    @GuardedBy("evictionLock")
    private final Deque<String> accessOrder = new ArrayDeque<>();

    public void afterWrite(String key) {
        lockShort();
        try {
            accessOrder.addLast(key);
        } finally {
            unlockShort();
        }
        trim(); // expect: GuardedByViolation['`BadHelperCalledAfterUnlockWrapper.trim` is @GuardedBy("evictionLock")']
    }

    public void afterRead() {
        tryLockShort();
        trim(); // expect: GuardedByViolation['`BadHelperCalledAfterUnlockWrapper.trim` is @GuardedBy("evictionLock")']
    }

    private void lockShort() {
        evictionLock.lock();
    }

    private boolean tryLockShort() {
        return evictionLock.tryLock();
    }

    private void unlockShort() {
        evictionLock.unlock();
    }

    @GuardedBy("evictionLock")
    void trim() {
        if (accessOrder.size() > 100) {
            accessOrder.pollFirst();
        }
    }
}
