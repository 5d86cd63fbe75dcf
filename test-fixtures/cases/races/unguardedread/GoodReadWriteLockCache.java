package races.unguardedread;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A cache read under the read lock and written under the write lock of the same ReadWriteLock: every read is guarded. */
public class GoodReadWriteLockCache {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, String> entries = new HashMap<>();

    public String get(String key) {
        rw.readLock().lock();
        try {
            return entries.get(key);
        } finally {
            rw.readLock().unlock();
        }
    }

    public void put(String key, String value) {
        rw.writeLock().lock();
        try {
            entries.put(key, value);
        } finally {
            rw.writeLock().unlock();
        }
    }
}
