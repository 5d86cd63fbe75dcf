package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantLock;

/** Account that acquires inside the try: when lockInterruptibly() throws, finally unlocks a lock it does not hold and the IllegalMonitorStateException hides the interrupt. */
public class BadLockInsideTry {
    private final ReentrantLock lock = new ReentrantLock();
    private long balance;

    public void deposit(long amount) throws InterruptedException {
        try {
            lock.lockInterruptibly(); // expect: UnreleasedLock['`lock.lockInterruptibly()` is taken in the try whose finally unlocks it, with nothing before it there that can throw: when it is interrupted, unlock() throws IllegalMonitorStateException']
            balance += amount;
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
