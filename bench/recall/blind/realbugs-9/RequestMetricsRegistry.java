// EXPECT: lazy-cache-in-plain-map @ line 41
package probe9b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-endpoint request timers for an HTTP server.
 * record() is invoked by every request-handling thread of the server pool,
 * so many threads call it at the same time.
 */
public class RequestMetricsRegistry {

    public static final class Timer {
        private final LongAdder count = new LongAdder();
        private final LongAdder totalNanos = new LongAdder();

        void update(long nanos) {
            count.increment();
            totalNanos.add(nanos);
        }

        public long count() {
            return count.sum();
        }

        public double meanMillis() {
            long c = count.sum();
            return c == 0 ? 0.0 : totalNanos.sum() / (double) c / 1_000_000.0;
        }
    }

    private final Map<String, Timer> timers = new HashMap<>();

    public Timer timer(String endpoint) {
        Timer t = timers.get(endpoint);
        if (t == null) {
            t = new Timer();
            timers.put(endpoint, t); // BUG: lazy fill of a plain HashMap from concurrent request threads without a lock (lost timers, corrupted buckets)
        }
        return t;
    }

    public void record(String endpoint, long nanos) {
        timer(endpoint).update(nanos);
    }

    public static void main(String[] args) throws InterruptedException {
        RequestMetricsRegistry registry = new RequestMetricsRegistry();
        ExecutorService serverPool = Executors.newFixedThreadPool(8);
        String[] endpoints = {"/orders", "/users", "/health", "/cart", "/search"};
        for (int i = 0; i < 10_000; i++) {
            String ep = endpoints[i % endpoints.length] + "/" + (i % 37);
            serverPool.execute(() -> {
                long start = System.nanoTime();
                registry.record(ep, System.nanoTime() - start);
            });
        }
        serverPool.shutdown();
        serverPool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(registry.timer("/orders/0").count());
    }
}
