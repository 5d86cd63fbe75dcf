package sendsync.readlockwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** On a miss the reader releases the read lock, takes the write lock, re-checks and only then writes. */
public class GoodReleaseReadThenWrite {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, String> cache = new HashMap<>();

    public String get(String key) {
        rw.readLock().lock();
        try {
            String v = cache.get(key);
            if (v != null) {
                return v;
            }
        } finally {
            rw.readLock().unlock();
        }
        rw.writeLock().lock();
        try {
            return cache.computeIfAbsent(key, String::toUpperCase);
        } finally {
            rw.writeLock().unlock();
        }
    }
}
