package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The write lock is taken as the first statement of the try that releases it: lock() of a
 * ReentrantReadWriteLock does not fail in practice, so this is the idiom's style point only, reported as
 * a note (hadoop ViewFileSystem.InnerCache, kafka RefreshingHttpsJwks, misuse review of 2026-12-03).
 */
public class BadStyleLockOpensTry {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private String value = "";

    public void set(String next) {
        try {
            rw.writeLock().lock(); // expect: UnreleasedLock['so this is a style point']
            value = next;
        } finally {
            rw.writeLock().unlock();
        }
    }

    public String get() {
        rw.readLock().lock();
        try {
            return value;
        } finally {
            rw.readLock().unlock();
        }
    }
}
