// EXPECT: unsynchronized-read-modify-write @ line 33
package probe6a;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latency metrics for the public REST API, exported to the Prometheus scrape endpoint.
 *
 * <p>{@link #recordRequest(String, long, int)} is called from a servlet filter, i.e. by every
 * request-handling thread of the container, concurrently. {@link #snapshot()} is called by the
 * scrape handler thread.
 */
public final class ApiLatencyMetrics {

    private final LongAdder requestCount = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder clientErrors = new LongAdder();

    /** Sum of all observed latencies; used to derive the mean on scrape. */
    private long totalLatencyNanos;

    public void recordRequest(String route, long latencyNanos, int httpStatus) {
        requestCount.increment();
        if (httpStatus >= 500) {
            serverErrors.increment();
        } else if (httpStatus >= 400) {
            clientErrors.increment();
        }
        totalLatencyNanos += latencyNanos; // BUG: unsynchronized read-modify-write by all request threads loses updates
    }

    public String snapshot() {
        long count = requestCount.sum();
        long total = totalLatencyNanos;
        double meanMillis = count == 0 ? 0.0 : (total / (double) count) / 1_000_000.0;
        return String.format("api_requests_total %d%napi_5xx_total %d%napi_4xx_total %d%napi_latency_mean_ms %.3f%n",
                count, serverErrors.sum(), clientErrors.sum(), meanMillis);
    }

    /** Request handler as invoked by the container for each request. */
    static void handle(ApiLatencyMetrics metrics, String route) {
        long start = System.nanoTime();
        int status = ThreadLocalRandom.current().nextInt(100) < 2 ? 503 : 200;
        metrics.recordRequest(route, System.nanoTime() - start, status);
    }

    public static void main(String[] args) throws InterruptedException {
        ApiLatencyMetrics metrics = new ApiLatencyMetrics();
        ExecutorService containerThreads = Executors.newFixedThreadPool(32);
        for (int i = 0; i < 100_000; i++) {
            containerThreads.execute(() -> handle(metrics, "/v1/orders"));
        }
        containerThreads.shutdown();
        containerThreads.awaitTermination(30, TimeUnit.SECONDS);
        System.out.print(metrics.snapshot());
    }
}
