package races.guardedbyviolation;

import java.util.concurrent.locks.ReentrantLock;
import net.jcip.annotations.GuardedBy;

/** An account that updates its balance under the lock, then returns it after unlock(): the read is outside the guard. */
public class BadReadAfterUnlock {
    private final ReentrantLock lock = new ReentrantLock();

    @GuardedBy("lock")
    private long balance;

    public long deposit(long amount) {
        lock.lock();
        try {
            balance += amount;
        } finally {
            lock.unlock();
        }
        return balance; // expect: GuardedByViolation
    }

    public long balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }
}
