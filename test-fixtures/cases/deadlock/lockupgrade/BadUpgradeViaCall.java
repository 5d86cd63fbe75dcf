package deadlock.lockupgrade;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** touch() holds the read lock and, for an unknown session, calls register(), which takes the write lock of the same ReadWriteLock: the thread waits for its own read lock to go away. */
public final class BadUpgradeViaCall {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Lock readLock = rw.readLock();
    private final Lock writeLock = rw.writeLock();
    private final Map<String, Integer> sessions = new HashMap<>();

    public int touch(String id) {
        readLock.lock();
        try {
            Integer hits = sessions.get(id);
            if (hits == null) {
                return register(id); // expect: LockUpgrade['the write lock of `rw` is taken while this thread holds its read lock']
            }
            return hits;
        } finally {
            readLock.unlock();
        }
    }

    private int register(String id) {
        writeLock.lock();
        try {
            sessions.put(id, 1);
            return 1;
        } finally {
            writeLock.unlock();
        }
    }
}
