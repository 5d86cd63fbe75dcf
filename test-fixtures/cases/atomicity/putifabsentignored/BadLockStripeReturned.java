package atomicity.putifabsentignored;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/** A per-key lock table that returns its own new lock even when another thread's lock is already in the map: two "exclusive" holders. */
public class BadLockStripeReturned {
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public ReentrantLock lockFor(String key) {
        ReentrantLock lock = new ReentrantLock();
        locks.putIfAbsent(key, lock); // expect: PutIfAbsentIgnored
        return lock;
    }
}
