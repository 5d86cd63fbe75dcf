package atomicity.putifabsentignored;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Uses the value that putIfAbsent reports as already present, falling back to its own only if it won. */
public class GoodResultUsed {
    private final ConcurrentMap<String, AtomicLong> hits = new ConcurrentHashMap<>();

    public long hit(String page) {
        AtomicLong counter = new AtomicLong();
        AtomicLong previous = hits.putIfAbsent(page, counter);
        AtomicLong winner = previous != null ? previous : counter;
        return winner.incrementAndGet();
    }
}
