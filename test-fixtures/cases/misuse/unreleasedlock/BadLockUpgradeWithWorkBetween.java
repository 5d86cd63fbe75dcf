package misuse.unreleasedlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An upgrade that logs between letting go of the read lock and taking the write lock: if the log call
 * throws, the finally releases the read lock a second time and IllegalMonitorStateException hides the cause.
 */
public class BadLockUpgradeWithWorkBetween {
    private final ReadWriteLock keyLock = new ReentrantReadWriteLock();
    private final Map<String, Integer> counts = new HashMap<>();

    public int register(String key) {
        Lock lock = keyLock.readLock();
        lock.lock();
        try {
            Integer known = counts.get(key);
            if (known == null) {
                lock.unlock();
                System.out.println("upgrading for " + key.trim());
                lock = keyLock.writeLock();
                lock.lock(); // expect: UnreleasedLock['inside the try whose finally unlocks it']
                known = counts.computeIfAbsent(key, k -> 0);
            }
            return known;
        } finally {
            lock.unlock();
        }
    }
}
