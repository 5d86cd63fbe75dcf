package races.unguardedread;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A cache keeps the two halves of one read-write lock in two fields, taken in the constructor from a
 * lock it makes there: reads under the read half exclude writes under the write half (lucene
 * LRUQueryCache, races review).
 */
public class GoodReadUnderReadHalfOfConstructorLock {

    private final Map<String, String> cache = new HashMap<>();
    private final ReentrantReadWriteLock.ReadLock readLock;
    private final ReentrantReadWriteLock.WriteLock writeLock;

    public GoodReadUnderReadHalfOfConstructorLock() {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        writeLock = lock.writeLock();
        readLock = lock.readLock();
    }

    public String get(String key) {
        if (readLock.tryLock() == false) {
            return null; // busy: the caller computes it uncached
        }
        try {
            return cache.get(key);
        } finally {
            readLock.unlock();
        }
    }

    public void put(String key, String value) {
        writeLock.lock();
        try {
            cache.put(key, value);
        } finally {
            writeLock.unlock();
        }
    }

    public void warmUp() {
        new Thread(() -> put("default", "")).start();
    }
}
