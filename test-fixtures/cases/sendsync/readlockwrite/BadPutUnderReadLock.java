package sendsync.readlockwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A cache fills misses while holding only the read lock: two readers can put into the HashMap at once. */
public class BadPutUnderReadLock {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, String> cache = new HashMap<>();

    public String get(String key) {
        rw.readLock().lock();
        try {
            String v = cache.get(key);
            if (v == null) {
                v = key.toUpperCase();
                cache.put(key, v); // expect: ReadLockWrite['`cache.put()` changes `cache` while holding only the read lock `rw.readLock()`']
            }
            return v;
        } finally {
            rw.readLock().unlock();
        }
    }

    public void invalidate(String key) {
        rw.writeLock().lock();
        try {
            cache.remove(key); // related: ReadLockWrite['`cache` is written under the write lock here']
        } finally {
            rw.writeLock().unlock();
        }
    }
}
