package deadlock.lockupgrade;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The JDK's CachedData idiom: a reader that finds the cache invalid releases the read lock before taking the write lock, re-checks, reloads, and takes the read lock again before releasing the write lock; it never waits for the write lock while holding the read lock. */
public final class GoodCachedData {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Lock readLock = rw.readLock();
    private final Lock writeLock = rw.writeLock();
    private String data;
    private boolean valid;

    public String render() {
        readLock.lock();
        try {
            if (valid) {
                return "<p>" + data + "</p>";
            }
        } finally {
            readLock.unlock();
        }
        writeLock.lock();
        try {
            if (!valid) {
                data = load();
                valid = true;
            }
            readLock.lock();
        } finally {
            writeLock.unlock();
        }
        try {
            return "<p>" + data + "</p>";
        } finally {
            readLock.unlock();
        }
    }

    public void invalidate() {
        writeLock.lock();
        try {
            valid = false;
        } finally {
            writeLock.unlock();
        }
    }

    private static String load() {
        return "fresh @" + System.nanoTime();
    }
}
