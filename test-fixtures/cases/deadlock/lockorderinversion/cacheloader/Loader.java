package deadlock.lockorderinversion.cacheloader;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** The cache's backing loader: reload holds the loader lock while it invalidates the Cache (Loader.lock -> Cache.lock), the opposite of Cache.get. */
public final class Loader {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> source = new HashMap<>();

    public String load(String key) {
        lock.lock();
        try {
            return source.getOrDefault(key, "");
        } finally {
            lock.unlock();
        }
    }

    public void reload(Map<String, String> fresh, Cache cache) {
        lock.lock();
        try {
            source.clear();
            source.putAll(fresh);
            cache.invalidateAll(); // expect: LockOrderInversion['other side of a lock-order inversion']
        } finally {
            lock.unlock();
        }
    }
}
