// EXPECT: none
package recall3;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Account guarded by an explicit ReentrantLock; accounts are shared by teller threads. Every
 * access to the balance holds the lock and releases it in a finally block. Transfers use
 * tryLock with a timeout on both accounts and back off instead of deadlocking.
 */
@LockedAccount.ThreadSafe
public class LockedAccount {

    /** Instances may be shared between threads. */
    public @interface ThreadSafe {}

    /** The annotated field is only accessed while holding the named lock. */
    public @interface GuardedBy {
        String value();
    }

    private final Lock lock = new ReentrantLock();
    private final String id;
    @GuardedBy("lock")
    private long balance;

    public LockedAccount(String id, long openingBalance) {
        this.id = id;
        this.balance = openingBalance;
    }

    public void deposit(long amount) {
        lock.lock();
        try {
            balance += amount;
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

    public long balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }

    public String id() {
        return id;
    }

    /** Returns false if funds are insufficient or the locks could not be obtained in time. */
    public static boolean transfer(LockedAccount from, LockedAccount to, long amount, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (from.lock.tryLock(1, TimeUnit.MILLISECONDS)) {
                try {
                    if (to.lock.tryLock(1, TimeUnit.MILLISECONDS)) {
                        try {
                            if (from.balance < amount) {
                                return false;
                            }
                            from.balance -= amount;
                            to.balance += amount;
                            return true;
                        } finally {
                            to.lock.unlock();
                        }
                    }
                } finally {
                    from.lock.unlock();
                }
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5));
        }
        return false;
    }
}
