package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.locks.ReentrantLock;

/** Meter that updates its volatile total only inside a lock() region and reads it without the lock: the updates cannot interleave. */
public class GoodUpdateUnderLock {
    private final ReentrantLock lock = new ReentrantLock();
    private volatile long total;

    public void add(long amount) {
        lock.lock();
        try {
            total += amount;
        } finally {
            lock.unlock();
        }
    }

    public long total() {
        return total;
    }
}
