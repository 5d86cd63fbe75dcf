// EXPECT: none
package probe11a; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Fixed-bucket histogram of request latencies. Request threads record into it concurrently
 * and a scheduled exporter publishes the bucket counts to the metrics backend every second.
 */
public class LatencyHistogram {

    private static final long[] BOUNDS_MILLIS = {1, 5, 10, 50, 100, 500, 1000};

    private final String endpoint;
    private final long[] counts = new long[BOUNDS_MILLIS.length + 1];

    public LatencyHistogram(String endpoint) {
        this.endpoint = endpoint;
    }

    public synchronized void record(long millis) {
        int bucket = 0;
        while (bucket < BOUNDS_MILLIS.length && millis > BOUNDS_MILLIS[bucket]) {
            bucket++;
        }
        counts[bucket]++;
    }

    /** Bucket counts, last bucket is the overflow bucket. */
    public synchronized long[] bucketCounts() {
        return counts.clone(); // OK: returns a copy taken while holding the lock; callers never see the live array
    }

    public synchronized void reset() {
        java.util.Arrays.fill(counts, 0L);
    }

    static String export(LatencyHistogram h) {
        long[] snapshot = h.bucketCounts();
        StringBuilder sb = new StringBuilder(h.endpoint).append(':');
        for (int i = 0; i < snapshot.length; i++) {
            String le = i < BOUNDS_MILLIS.length ? Long.toString(BOUNDS_MILLIS[i]) : "+Inf";
            sb.append(" le=").append(le).append('=').append(snapshot[i]);
            snapshot[i] = 0;
        }
        return sb.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        LatencyHistogram histogram = new LatencyHistogram("/api/orders");
        ExecutorService requestThreads = Executors.newFixedThreadPool(4);
        ScheduledExecutorService exporter = Executors.newSingleThreadScheduledExecutor();
        exporter.scheduleAtFixedRate(() -> System.out.println(export(histogram)), 100, 100, TimeUnit.MILLISECONDS);

        for (int i = 0; i < 20_000; i++) {
            requestThreads.execute(() -> histogram.record(ThreadLocalRandom.current().nextLong(0, 1500)));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        Thread.sleep(150);
        exporter.shutdown();
        exporter.awaitTermination(5, TimeUnit.SECONDS);
    }
}
