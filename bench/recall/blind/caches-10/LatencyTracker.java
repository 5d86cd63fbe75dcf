// EXPECT: compound-atomic-update @ line 23
package probe10c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tracks request latency for the query service. record() is called by every request
 * handler thread; summary() is polled by the monitoring thread.
 */
public class LatencyTracker {

    private final LongAdder count = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final AtomicLong maxNanos = new AtomicLong();

    public void record(long nanos) {
        count.increment();
        totalNanos.add(nanos);
        if (nanos > maxNanos.get()) {
            maxNanos.set(nanos); // BUG: get-then-set on AtomicLong is not atomic; a concurrent smaller value can overwrite a larger maximum
        }
    }

    public String summary() {
        long n = count.sum();
        long avg = n == 0 ? 0 : totalNanos.sum() / n;
        return String.format("n=%d avg=%dus max=%dus", n, avg / 1_000, maxNanos.get() / 1_000);
    }

    public long maxNanos() {
        return maxNanos.get();
    }

    public static void main(String[] args) throws InterruptedException {
        LatencyTracker tracker = new LatencyTracker();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            handlers.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                for (int i = 0; i < 100_000; i++) {
                    tracker.record(rnd.nextLong(50_000, 5_000_000));
                }
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(tracker.summary());
    }
}
