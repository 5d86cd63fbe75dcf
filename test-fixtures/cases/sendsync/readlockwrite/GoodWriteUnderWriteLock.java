package sendsync.readlockwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Reads under the read lock, writes under the write lock: the textbook ReadWriteLock map. */
public class GoodWriteUnderWriteLock {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, String> settings = new HashMap<>();
    private long version;

    public String get(String key) {
        rw.readLock().lock();
        try {
            return settings.get(key);
        } finally {
            rw.readLock().unlock();
        }
    }

    public long version() {
        rw.readLock().lock();
        try {
            return version;
        } finally {
            rw.readLock().unlock();
        }
    }

    public void put(String key, String value) {
        rw.writeLock().lock();
        try {
            settings.put(key, value);
            version++;
        } finally {
            rw.writeLock().unlock();
        }
    }
}
