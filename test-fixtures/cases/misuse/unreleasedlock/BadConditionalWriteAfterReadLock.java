package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The read lock is let go before the write lock is taken, and the write lock only on some paths: the
 * release of the write lock then throws on the others (the read lock is not held there either).
 */
public class BadConditionalWriteAfterReadLock {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private String value = "";

    public String refresh(boolean rebuild) {
        String seen;
        rw.readLock().lock();
        try {
            seen = value;
        } finally {
            rw.readLock().unlock();
        }
        if (rebuild) {
            rw.writeLock().lock();
        }
        try {
            value = seen + "!";
            return value;
        } finally {
            rw.writeLock().unlock(); // expect: UnreleasedLock['can run when this thread does not hold']
        }
    }
}
