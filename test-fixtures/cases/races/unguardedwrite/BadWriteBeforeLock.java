package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** A session that stamps its last-access time before taking the lock that every other access to it holds. */
public class BadWriteBeforeLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> attributes = new HashMap<>();
    private long lastAccessNanos;

    public String get(String key) {
        lastAccessNanos = System.nanoTime(); // expect: UnguardedWrite['`lastAccessNanos` is written without `lock`, which guards 2 other accesses to it']
        lock.lock();
        try {
            return attributes.get(key);
        } finally {
            lock.unlock();
        }
    }

    public void put(String key, String value) {
        lock.lock();
        try {
            lastAccessNanos = System.nanoTime(); // related: UnguardedWrite['`lastAccessNanos` is accessed under `lock` here']
            attributes.put(key, value);
        } finally {
            lock.unlock();
        }
    }

    public boolean isExpired(long nowNanos, long ttlNanos) {
        lock.lock();
        try {
            return nowNanos - lastAccessNanos > ttlNanos; // related: UnguardedWrite['`lastAccessNanos` is accessed under `lock` here']
        } finally {
            lock.unlock();
        }
    }
}
