package races.unguardedread;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** A HashMap cache written under a ReentrantLock but read without it: get() can run during a resize and see a corrupt table. */
public class BadMapGetWithoutLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> cache = new HashMap<>();

    public void put(String key, String value) {
        lock.lock();
        try {
            cache.put(key, value); // related: UnguardedRead['`cache` is written under `lock` here']
        } finally {
            lock.unlock();
        }
    }

    public String get(String key) {
        return cache.get(key); // expect: UnguardedRead['`cache.get()` is read without `lock`, which guards every write to `cache`'], UnguardedRead['this read can see its contents half-changed by a concurrent write']
    }
}
