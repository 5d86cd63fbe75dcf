package races.unguardedread;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The same cache, but its read half comes from one read-write lock and its write half from another:
 * the read lock excludes nothing the writers hold.
 */
public class BadReadUnderReadHalfOfAnotherLock {

    private final Map<String, String> cache = new HashMap<>();
    private final ReentrantReadWriteLock.ReadLock readLock;
    private final ReentrantReadWriteLock.WriteLock writeLock;

    public BadReadUnderReadHalfOfAnotherLock() {
        ReentrantReadWriteLock readers = new ReentrantReadWriteLock();
        ReentrantReadWriteLock writers = new ReentrantReadWriteLock();
        readLock = readers.readLock();
        writeLock = writers.writeLock();
    }

    public String get(String key) {
        readLock.lock();
        try {
            return cache.get(key); // expect: UnguardedRead['`cache.get()` is read without `writers.writeLock()`']
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
