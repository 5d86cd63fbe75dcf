// EXPECT: volatile-non-atomic-increment @ line 48
package probe7a; import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Per-endpoint latency statistics recorded by the request-handling filter and
 * periodically logged by a reporter thread.
 */
public class EndpointLatencyMetrics {

    private static final class EndpointStats {
        final LongAdder requests = new LongAdder();
        final AtomicLong maxLatencyMicros = new AtomicLong();
        volatile long totalLatencyMicros;
    }

    private final ConcurrentHashMap<String, EndpointStats> stats = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "latency-reporter");
        t.setDaemon(true);
        return t;
    });

    public void startReporting(long periodSeconds) {
        reporter.scheduleAtFixedRate(this::logSnapshot, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** Wraps a handler invocation; called concurrently by all HTTP worker threads. */
    public <T> T timed(String endpoint, Supplier<T> handler) {
        long start = System.nanoTime();
        try {
            return handler.get();
        } finally {
            record(endpoint, (System.nanoTime() - start) / 1_000);
        }
    }

    void record(String endpoint, long latencyMicros) {
        EndpointStats s = stats.computeIfAbsent(endpoint, k -> new EndpointStats());
        s.requests.increment();
        s.totalLatencyMicros += latencyMicros; // BUG: volatile does not make += atomic; two HTTP workers finishing requests on the same endpoint both read the old total and both write back, so one request's latency is lost and the mean drifts low
        s.maxLatencyMicros.accumulateAndGet(latencyMicros, Math::max);
    }

    /** Approximate means; the two reads are not a consistent snapshot, which is acceptable for logging. */
    public Map<String, Double> meanLatencyMicros() {
        Map<String, Double> out = new TreeMap<>();
        stats.forEach((endpoint, s) -> {
            long n = s.requests.sum();
            out.put(endpoint, n == 0 ? 0.0 : (double) s.totalLatencyMicros / n);
        });
        return out;
    }

    private void logSnapshot() {
        meanLatencyMicros().forEach((endpoint, mean) ->
                System.out.printf("latency endpoint=%s mean_us=%.1f max_us=%d%n",
                        endpoint, mean, stats.get(endpoint).maxLatencyMicros.get()));
    }

    public void stop() {
        reporter.shutdown();
    }
}
