// EXPECT: lost-update-on-counter @ line 17
package probe15a; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

// Counters for the WAL ingest path. recordAppend() is called by every
// writer thread in the ingest pool; a reporter thread samples the values.
public class IngestMetrics {
    private final LongAdder recordsAppended = new LongAdder();
    private volatile long bytesAppended;
    private volatile long lastAppendNanos;

    public void recordAppend(int recordBytes) {
        recordsAppended.increment();
        bytesAppended += recordBytes; // BUG: volatile read-modify-write from many writer threads loses updates
        lastAppendNanos = System.nanoTime();
    }

    public long records() {
        return recordsAppended.sum();
    }

    public long bytes() {
        return bytesAppended;
    }

    public long lastAppendNanos() {
        return lastAppendNanos;
    }

    public String report() {
        return "records=" + records() + " bytes=" + bytes();
    }

    public static void main(String[] args) throws Exception {
        IngestMetrics metrics = new IngestMetrics();
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        reporter.scheduleAtFixedRate(() -> System.out.println(metrics.report()), 0, 50, TimeUnit.MILLISECONDS);
        ExecutorService ingest = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            ingest.submit(() -> {
                for (int i = 0; i < 250_000; i++) {
                    int size = 32 + (i % 64);
                    // append record to the WAL buffer here
                    metrics.recordAppend(size);
                }
            });
        }
        ingest.shutdown();
        ingest.awaitTermination(30, TimeUnit.SECONDS);
        reporter.shutdown();
        System.out.println("final " + metrics.report());
    }
}
