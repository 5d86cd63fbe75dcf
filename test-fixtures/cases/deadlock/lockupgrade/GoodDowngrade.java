package deadlock.lockupgrade;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Downgrade, as documented by ReentrantReadWriteLock: put() writes under the write lock, takes the read lock before releasing the write lock, then renders under the read lock alone; write to read is allowed, only read to write deadlocks. */
public final class GoodDowngrade {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, String> settings = new HashMap<>();

    public String put(String key, String value) {
        rw.writeLock().lock();
        try {
            settings.put(key, value);
            rw.readLock().lock();
        } finally {
            rw.writeLock().unlock();
        }
        try {
            return settings.size() + " settings, " + key + "=" + settings.get(key);
        } finally {
            rw.readLock().unlock();
        }
    }

    public String get(String key) {
        rw.readLock().lock();
        try {
            return settings.get(key);
        } finally {
            rw.readLock().unlock();
        }
    }
}
