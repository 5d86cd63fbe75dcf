// EXPECT: none
package recall3;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Lock-free request statistics shared by all worker threads. Counters are LongAdders, the
 * maximum is maintained with a compare-and-set loop, and per-endpoint counters are created
 * atomically with computeIfAbsent / putIfAbsent.
 */
@AtomicStatistics.ThreadSafe
public final class AtomicStatistics {

    /** Instances may be shared between threads. */
    public @interface ThreadSafe {}

    private final LongAdder requests = new LongAdder();
    private final LongAdder totalMicros = new LongAdder();
    private final AtomicLong maxMicros = new AtomicLong();
    private final ConcurrentMap<String, LongAdder> perEndpoint = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> firstSeenMillis = new ConcurrentHashMap<>();

    public void record(String endpoint, long micros) {
        requests.increment();
        totalMicros.add(micros);
        long current = maxMicros.get();
        while (micros > current) {
            if (maxMicros.compareAndSet(current, micros)) {
                break;
            }
            current = maxMicros.get();
        }
        perEndpoint.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
        firstSeenMillis.putIfAbsent(endpoint, System.currentTimeMillis());
    }

    public long requests() {
        return requests.sum();
    }

    public long maxMicros() {
        return maxMicros.get();
    }

    public double meanMicros() {
        long n = requests.sum();
        return n == 0 ? 0.0 : (double) totalMicros.sum() / n;
    }

    public long count(String endpoint) {
        LongAdder adder = perEndpoint.get(endpoint);
        return adder == null ? 0 : adder.sum();
    }

    public Long firstSeen(String endpoint) {
        return firstSeenMillis.get(endpoint);
    }
}
