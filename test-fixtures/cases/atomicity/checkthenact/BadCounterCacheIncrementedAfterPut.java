package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter per key made on a miss and then incremented: two threads that miss at once each count into
 * their own counter, and the later put throws the other's count away. The use after the put changes the
 * value, so this is a lost update, not a value built twice.
 */
public class BadCounterCacheIncrementedAfterPut {
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    public void hit(String key) {
        AtomicLong n = counts.get(key);
        if (n == null) {
            n = new AtomicLong();
            counts.put(key, n); // expect: CheckThenAct['another thread can change it in between and its update is lost']
        }
        n.incrementAndGet();
    }
}
