// EXPECT: none
package probe5.locks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * Caches feature-flag decisions computed by an in-process rule evaluator. Lookups
 * share the read lock; a miss upgrades by releasing the read lock and taking
 * the write lock, then re-checks before loading.
 */
// OK: the map is only mutated under the write lock, the read lock is released before the write lock is taken, and the miss is re-checked
public class FeatureFlagCache {

    private final Map<String, Boolean> flags = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Predicate<String> flagService;

    public FeatureFlagCache(Predicate<String> flagService) {
        this.flagService = flagService;
    }

    public boolean isEnabled(String flag) {
        lock.readLock().lock();
        try {
            Boolean cached = flags.get(flag);
            if (cached != null) {
                return cached;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            Boolean cached = flags.get(flag);
            if (cached == null) {
                cached = flagService.test(flag);
                flags.put(flag, cached);
            }
            return cached;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets all cached decisions, e.g. after a configuration push. */
    public void invalidateAll() {
        lock.writeLock().lock();
        try {
            flags.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int cachedCount() {
        lock.readLock().lock();
        try {
            return flags.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        FeatureFlagCache cache = new FeatureFlagCache(name -> name.hashCode() % 2 == 0);
        Thread[] requests = new Thread[4];
        for (int r = 0; r < requests.length; r++) {
            requests[r] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    cache.isEnabled("flag-" + (i % 64));
                    if (i % 2_500 == 0) {
                        cache.invalidateAll();
                    }
                }
            }, "request-" + r);
            requests[r].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        System.out.println("cached flags: " + cache.cachedCount());
    }
}
