package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantLock;

/** The lock is taken through the class's own lock() and let go through unlock(), but not in a finally. */
public class BadLockWrapperReleasedOutsideFinally {
    private final ReentrantLock stateLock = new ReentrantLock();
    private int version;

    public void bump(int[] deltas, int index) {
        lock(); // expect: UnreleasedLock['`stateLock` is released outside a finally block']
        version += deltas[index];
        unlock();
    }

    public int version() {
        lock();
        try {
            return version;
        } finally {
            unlock();
        }
    }

    private void lock() {
        stateLock.lock();
    }

    private void unlock() {
        stateLock.unlock();
    }
}
