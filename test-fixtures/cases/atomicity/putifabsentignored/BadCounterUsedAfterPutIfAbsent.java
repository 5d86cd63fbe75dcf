package atomicity.putifabsentignored;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Increments the counter it tried to insert, not the one in the map: if another thread won the race, the hit is counted nowhere. */
public class BadCounterUsedAfterPutIfAbsent {
    private final ConcurrentMap<String, AtomicLong> hits = new ConcurrentHashMap<>();

    public long hit(String page) {
        AtomicLong counter = new AtomicLong();
        hits.putIfAbsent(page, counter); // expect: PutIfAbsentIgnored['the result of `putIfAbsent` is ignored, but `counter` is used afterwards']
        return counter.incrementAndGet(); // related: PutIfAbsentIgnored['`counter` is used here']
    }
}
