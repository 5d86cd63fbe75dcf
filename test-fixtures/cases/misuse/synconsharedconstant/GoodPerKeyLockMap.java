package misuse.synconsharedconstant;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Per-user locks kept in a private map of fresh Objects instead of interned strings: the monitors are private to this class. */
public class GoodPerKeyLockMap {
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> balances = new ConcurrentHashMap<>();

    public void transfer(String userId, long delta) {
        Object userLock = locks.computeIfAbsent(userId, id -> new Object());
        synchronized (userLock) {
            long current = balances.getOrDefault(userId, 0L);
            balances.put(userId, current + delta);
        }
    }
}
