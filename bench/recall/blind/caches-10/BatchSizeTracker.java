// EXPECT: none
package probe10c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tracks flushed batch sizes for the bulk writer. onFlush() is called from every writer
 * thread; describe() is polled by the monitoring thread.
 */
public class BatchSizeTracker {

    private final LongAdder batches = new LongAdder();
    private final LongAdder rows = new LongAdder();
    private final AtomicLong largest = new AtomicLong();

    public void onFlush(long batchRows) {
        batches.increment();
        rows.add(batchRows);
        long current = largest.get();
        while (batchRows > current) { // OK: check against a stale read is harmless; the update is committed only by the CAS, and on failure the loop re-checks the value actually stored
            long witness = largest.compareAndExchange(current, batchRows);
            if (witness == current) {
                break;
            }
            current = witness;
        }
    }

    public String describe() {
        long b = batches.sum();
        long avg = b == 0 ? 0 : rows.sum() / b;
        return "batches=" + b + " avgRows=" + avg + " largest=" + largest.get();
    }

    public long largest() {
        return largest.get();
    }

    public static void main(String[] args) throws InterruptedException {
        BatchSizeTracker tracker = new BatchSizeTracker();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            writers.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                for (int i = 0; i < 100_000; i++) {
                    tracker.onFlush(rnd.nextLong(1, 10_000));
                }
            });
        }
        writers.shutdown();
        writers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(tracker.describe());
    }
}
