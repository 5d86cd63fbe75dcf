// EXPECT: lost-update-volatile-increment @ line 30
package probe5.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Collects per-endpoint latency metrics off the request path.
 * <p>
 * Request threads hand samples to a small recording pool so that metric
 * bookkeeping never adds latency to the request itself.
 */
public class RequestMetrics {

    private final ExecutorService recorder = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "metrics-recorder");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Long> latencyTotals = new ConcurrentHashMap<>();
    private volatile long totalRequests;

    /** Records one request sample asynchronously. */
    public void record(String endpoint, long latencyMicros) {
        recorder.execute(() -> {
            latencyTotals.merge(endpoint, latencyMicros, Long::sum);
            totalRequests++; // BUG: non-atomic read-modify-write of a volatile counter from several pool threads loses increments
        });
    }

    public long totalRequests() {
        return totalRequests;
    }

    public long totalLatencyMicros(String endpoint) {
        return latencyTotals.getOrDefault(endpoint, 0L);
    }

    /** Drains pending samples and stops the recording pool. */
    public void shutdown() throws InterruptedException {
        recorder.shutdown();
        if (!recorder.awaitTermination(5, TimeUnit.SECONDS)) {
            recorder.shutdownNow();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RequestMetrics metrics = new RequestMetrics();
        try {
            for (int i = 0; i < 10_000; i++) {
                metrics.record(i % 2 == 0 ? "/orders" : "/users", 120 + (i % 7));
            }
        } finally {
            metrics.shutdown();
        }
        System.out.println("requests=" + metrics.totalRequests()
                + " orders latency=" + metrics.totalLatencyMicros("/orders"));
    }
}
