package misuse.unreleasedlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The lock upgrade idiom: the read lock is let go and the write lock taken in the same try, with only
 * the lock variable pointed at the write lock in between, so the finally always releases a held lock.
 */
public class GoodLockUpgradeInsideTry {
    private final ReadWriteLock keyLock = new ReentrantReadWriteLock();
    private final Map<String, Integer> counts = new HashMap<>();

    public int register(String key) {
        Lock lock = keyLock.readLock();
        lock.lock();
        try {
            Integer known = counts.get(key);
            if (known == null) {
                lock.unlock();
                lock = keyLock.writeLock();
                lock.lock();
                known = counts.computeIfAbsent(key, k -> 0);
            }
            return known;
        } finally {
            lock.unlock();
        }
    }

    /** The same upgrade with the read lock taken as the try's first statement (only that is a style point). */
    public int registerFromInside(String key) {
        Lock lock = keyLock.readLock();
        Integer known;
        try {
            lock.lock(); // expect: UnreleasedLock['so this is a style point']
            known = counts.get(key);
            if (known == null) {
                lock.unlock();
                lock = keyLock.writeLock();
                lock.lock();
                known = counts.computeIfAbsent(key, k -> 1);
            }
        } finally {
            lock.unlock();
        }
        return known;
    }
}
