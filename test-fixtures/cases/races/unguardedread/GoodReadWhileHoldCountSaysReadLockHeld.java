package races.unguardedread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A log whose list is replaced and filled under the write lock, and read under the read lock; the method
 * that looks for an entry reads the list directly when the calling thread already holds the read lock
 * ({@code getReadHoldCount() > 0}), and takes the read lock otherwise: either way the read is made holding
 * the read lock (zookeeper's ZKDatabase.getCommittedLog).
 */
public class GoodReadWhileHoldCountSaysReadLockHeld {
    private final ReentrantReadWriteLock logLock = new ReentrantReadWriteLock();
    private List<String> committed = new ArrayList<>();

    public void add(String entry) {
        logLock.writeLock().lock();
        try {
            committed.add(entry);
        } finally {
            logLock.writeLock().unlock();
        }
    }

    public void clear() {
        logLock.writeLock().lock();
        try {
            committed = new ArrayList<>();
        } finally {
            logLock.writeLock().unlock();
        }
    }

    public boolean contains(String entry) {
        if (logLock.getReadHoldCount() > 0) {
            return committed.contains(entry);
        }
        logLock.readLock().lock();
        try {
            return committed.contains(entry);
        } finally {
            logLock.readLock().unlock();
        }
    }
}
