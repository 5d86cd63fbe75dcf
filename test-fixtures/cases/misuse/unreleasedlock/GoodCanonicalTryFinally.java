package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantLock;

/** Account using the canonical lock(); try { ... } finally { unlock(); } shape, also with lockInterruptibly(): the lock is released on every path. */
public class GoodCanonicalTryFinally {
    private final ReentrantLock lock = new ReentrantLock();
    private long balance;

    public void deposit(long amount) throws InterruptedException {
        lock.lockInterruptibly();
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
}
