package deadlock.lockorderinversion.cacheloader;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** A read-through cache that calls its Loader while holding the cache lock (Cache.lock -> Loader.lock); Loader.reload does the reverse. */
public final class Cache {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> entries = new HashMap<>();
    private final Loader loader;

    public Cache(Loader loader) {
        this.loader = loader;
    }

    public String get(String key) {
        lock.lock();
        try {
            String value = entries.get(key);
            if (value == null) {
                value = loader.load(key); // expect: LockOrderInversion
                entries.put(key, value);
            }
            return value;
        } finally {
            lock.unlock();
        }
    }

    public void invalidateAll() {
        lock.lock();
        try {
            entries.clear();
        } finally {
            lock.unlock();
        }
    }
}
