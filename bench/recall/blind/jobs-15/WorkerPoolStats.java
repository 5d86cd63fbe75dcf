// EXPECT: non-atomic-volatile-update @ line 26
package probe15c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Worker pool wrapper that counts finished and failed jobs for the
 * dashboard. A scheduled reporter thread prints the counters periodically.
 */
public class WorkerPoolStats {
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();

    private volatile long completed;
    private volatile long failed;

    public WorkerPoolStats() {
        reporter.scheduleAtFixedRate(this::report, 1, 1, TimeUnit.SECONDS);
    }

    public void submit(Runnable job) {
        workers.execute(() -> {
            try {
                job.run();
                completed++; // BUG: ++ on a volatile is read-modify-write; concurrent workers lose increments
            } catch (RuntimeException e) {
                recordFailure(e);
            }
        });
    }

    private synchronized void recordFailure(RuntimeException e) {
        failed = failed + 1;
        System.err.println("job failed: " + e.getMessage());
    }

    private void report() {
        System.out.printf("completed=%d failed=%d%n", completed, failed);
    }

    public long completed() {
        return completed;
    }

    public void shutdown() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        reporter.shutdownNow();
        report();
    }

    public static void main(String[] args) throws InterruptedException {
        WorkerPoolStats stats = new WorkerPoolStats();
        for (int i = 0; i < 100_000; i++) {
            final int n = i;
            stats.submit(() -> {
                if (n % 1000 == 999) {
                    throw new IllegalArgumentException("bad payload " + n);
                }
            });
        }
        stats.shutdown();
    }
}
