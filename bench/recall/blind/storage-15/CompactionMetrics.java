// EXPECT: none
package probe15a; import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// Runs compactions on a single dedicated thread and exposes counters that
// a reporter thread samples periodically.
public class CompactionMetrics {
    private final ExecutorService compactionThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "compaction"));
    private volatile long compactions;
    private volatile long bytesCompacted;

    public void submit(List<String> inputs) {
        compactionThread.execute(() -> compact(inputs));
    }

    private void compact(List<String> inputs) {
        long written = 0;
        for (String input : inputs) {
            written += 4096L + input.length();
            // merge input segment into the output file
        }
        recordCompaction(written);
    }

    private void recordCompaction(long written) {
        compactions = compactions + 1;
        bytesCompacted += written; // OK: only the single compaction thread writes; volatile gives readers visibility
    }

    public long compactions() {
        return compactions;
    }

    public long bytesCompacted() {
        return bytesCompacted;
    }

    public String report() {
        return "compactions=" + compactions() + " bytes=" + bytesCompacted();
    }

    public void close() throws InterruptedException {
        compactionThread.shutdown();
        compactionThread.awaitTermination(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        CompactionMetrics metrics = new CompactionMetrics();
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        reporter.scheduleAtFixedRate(() -> System.out.println(metrics.report()), 0, 50, TimeUnit.MILLISECONDS);
        ExecutorService planners = Executors.newFixedThreadPool(3);
        for (int p = 0; p < 3; p++) {
            final int level = p;
            planners.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    metrics.submit(List.of("L" + level + "-seg-" + i, "L" + level + "-seg-" + (i + 1)));
                }
            });
        }
        planners.shutdown();
        planners.awaitTermination(30, TimeUnit.SECONDS);
        metrics.close();
        reporter.shutdown();
        System.out.println("final " + metrics.report());
    }
}
