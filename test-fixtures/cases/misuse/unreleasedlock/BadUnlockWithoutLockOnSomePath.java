package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock is taken only for shared counters, but the finally always unlocks it: a private add() throws
 * IllegalMonitorStateException from the finally (and the count is updated without the lock).
 */
public class BadUnlockWithoutLockOnSomePath {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    public void add(boolean shared) {
        if (shared) {
            lock.lock(); // related: UnreleasedLock['`lock` is taken here, on some paths only']
        }
        try {
            count++; // expect: UnguardedWrite
        } finally {
            lock.unlock(); // expect: UnreleasedLock['`lock.unlock()` can run when this thread does not hold `lock`']
        }
    }

    public int count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
