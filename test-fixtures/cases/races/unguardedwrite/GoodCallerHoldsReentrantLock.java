package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** A bounded map whose private insert/evict helpers write state under the ReentrantLock taken by their only callers. */
public class GoodCallerHoldsReentrantLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> entries = new HashMap<>();
    private final int maxSize;
    private int evictions;

    public GoodCallerHoldsReentrantLock(int maxSize) {
        this.maxSize = maxSize;
    }

    public void put(String key, String value) {
        lock.lock();
        try {
            if (entries.size() >= maxSize) {
                evictAll();
            }
            insert(key, value);
        } finally {
            lock.unlock();
        }
    }

    public int evictions() {
        lock.lock();
        try {
            return evictions;
        } finally {
            lock.unlock();
        }
    }

    private void insert(String key, String value) {
        entries.put(key, value);
    }

    private void evictAll() {
        entries.clear();
        evictions++;
    }
}
