// EXPECT: none
package probe4.safe;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

// Lock-free request metrics for an HTTP server: counts, latency min/max/sum, histogram, in-flight gauge.
// OK: each metric is updated with a single atomic op (LongAdder.add, accumulateAndGet, incrementAndGet); snapshot() is documented as approximate across fields
public class AtomicMetricsRecorder {

    public record Snapshot(long requests, long errors, long minMicros, long maxMicros, double avgMicros, int inFlight) {}

    private static final long[] BOUNDS = {100, 1_000, 10_000, 100_000, Long.MAX_VALUE};

    private final LongAdder requests = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder totalMicros = new LongAdder();
    private final AtomicLong minMicros = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong maxMicros = new AtomicLong();
    private final AtomicLongArray histogram = new AtomicLongArray(BOUNDS.length);
    private final AtomicInteger inFlight = new AtomicInteger();

    public void begin() {
        inFlight.incrementAndGet();
    }

    public void end(long micros, boolean error) {
        inFlight.decrementAndGet();
        requests.increment();
        if (error) {
            errors.increment();
        }
        totalMicros.add(micros);
        minMicros.accumulateAndGet(micros, Math::min);
        maxMicros.accumulateAndGet(micros, Math::max);
        for (int i = 0; i < BOUNDS.length; i++) {
            if (micros <= BOUNDS[i]) {
                histogram.incrementAndGet(i);
                break;
            }
        }
    }

    /** Fields are read independently, so the snapshot is approximate while traffic is live. */
    public Snapshot snapshot() {
        long n = requests.sum();
        return new Snapshot(n, errors.sum(), n == 0 ? 0 : minMicros.get(), maxMicros.get(),
                n == 0 ? 0 : (double) totalMicros.sum() / n, inFlight.get());
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicMetricsRecorder metrics = new AtomicMetricsRecorder();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                for (int i = 0; i < 10_000; i++) {
                    metrics.begin();
                    long micros = 10 + rnd.nextLong(200_000);
                    metrics.end(micros, rnd.nextInt(100) == 0);
                }
            });
        }
        Thread reporter = new Thread(() -> System.out.println("live: " + metrics.snapshot()), "reporter");
        reporter.start();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        reporter.join();
        System.out.println("final: " + metrics.snapshot() + " hist=" + metrics.histogram);
    }
}
