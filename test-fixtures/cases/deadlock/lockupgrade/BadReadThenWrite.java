package deadlock.lockupgrade;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** On a cache miss the reader asks for the write lock while still holding the read lock: ReentrantReadWriteLock does not upgrade, the write lock waits for all readers including this thread, and the thread hangs forever. */
public final class BadReadThenWrite {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, String> cache = new HashMap<>();

    public String get(String key) {
        rw.readLock().lock();
        try {
            String value = cache.get(key);
            if (value == null) {
                rw.writeLock().lock(); // expect: LockUpgrade['the write lock of `rw` is taken while this thread holds its read lock']
                try {
                    value = key.toUpperCase(Locale.ROOT);
                    cache.put(key, value);
                } finally {
                    rw.writeLock().unlock();
                }
            }
            return value;
        } finally {
            rw.readLock().unlock();
        }
    }
}
