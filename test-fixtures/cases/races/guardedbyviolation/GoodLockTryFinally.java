package races.guardedbyviolation;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.GuardedBy;

/** The balance is guarded by "this.lock" and only touched between lock() and the unlock() in finally. */
public class GoodLockTryFinally {
    private final Lock lock = new ReentrantLock();

    @GuardedBy("this.lock")
    private long balance;

    public long deposit(long amount) {
        lock.lock();
        try {
            balance += amount;
            return balance;
        } finally {
            lock.unlock();
        }
    }

    public boolean withdraw(long amount) {
        lock.lock();
        try {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        } finally {
            lock.unlock();
        }
    }
}
