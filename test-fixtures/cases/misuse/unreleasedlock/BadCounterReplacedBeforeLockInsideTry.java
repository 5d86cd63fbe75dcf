package misuse.unreleasedlock;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The look-alike: the counter before the lock is a field that {@code reset} may set to null, so the
 * increment can throw, and the finally then unlocks a lock this thread never took.
 */
public class BadCounterReplacedBeforeLockInsideTry {
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AtomicLong returned = new AtomicLong();
    private long balance;

    public void giveBack(long amount) {
        try {
            returned.incrementAndGet();
            lock.lock(); // expect: UnreleasedLock['`lock.lock()` is inside the try whose finally unlocks it, after statements that can throw']
            balance += amount;
        } finally {
            lock.unlock();
        }
    }

    public void reset(AtomicLong counter) {
        lock.lock();
        try {
            returned = counter;
        } finally {
            lock.unlock();
        }
    }
}
