package misuse.synconlocal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Per-key lock created as a local but published with putIfAbsent before it is used: the winner's object is shared by all threads for that key. */
public class GoodPublishedLocalLock {
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> counters = new ConcurrentHashMap<>();

    public long increment(String key) {
        Object lock = new Object();
        Object existing = locks.putIfAbsent(key, lock);
        if (existing != null) {
            lock = existing;
        }
        synchronized (lock) {
            long next = counters.getOrDefault(key, 0L) + 1;
            counters.put(key, next);
            return next;
        }
    }
}
