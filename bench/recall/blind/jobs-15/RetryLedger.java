// EXPECT: none
package probe15c; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Executes queued jobs on a worker pool, retrying failures after a fixed delay
 * and moving jobs that keep failing to the dead-letter list.
 * enqueue() is called concurrently by request handler threads.
 */
public class RetryLedger {
    private static final int MAX_ATTEMPTS = 4;
    private static final long RETRY_DELAY_MS = 250L;

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Integer> failureCounts = new HashMap<>();
    private final List<String> deadLetters = new ArrayList<>();

    public void enqueue(String jobId, Runnable body) {
        workers.execute(() -> attempt(jobId, body));
    }

    private void attempt(String jobId, Runnable body) {
        try {
            body.run();
            onSuccess(jobId);
        } catch (RuntimeException e) {
            if (onFailure(jobId)) {
                retryTimer.schedule(() -> enqueue(jobId, body), RETRY_DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private synchronized void onSuccess(String jobId) {
        failureCounts.remove(jobId);
    }

    /** Returns true if the job should be retried. */
    private synchronized boolean onFailure(String jobId) {
        int failures = bumpFailures(jobId);
        if (failures < MAX_ATTEMPTS) {
            return true;
        }
        failureCounts.remove(jobId);
        deadLetters.add(jobId);
        return false;
    }

    private int bumpFailures(String jobId) {
        return failureCounts.merge(jobId, 1, Integer::sum); // OK: only called from synchronized onFailure, so the monitor is held
    }

    public synchronized List<String> deadLetters() {
        return new ArrayList<>(deadLetters);
    }

    public synchronized int retryingJobs() {
        return failureCounts.size();
    }

    public void close() throws InterruptedException {
        retryTimer.shutdown();
        retryTimer.awaitTermination(5, TimeUnit.SECONDS);
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        RetryLedger ledger = new RetryLedger();
        for (int i = 0; i < 16; i++) {
            final int n = i;
            ledger.enqueue("export-" + i, () -> {
                if (n % 4 == 1) {
                    throw new IllegalStateException("remote timeout");
                }
            });
        }
        Thread.sleep(3000);
        System.out.println("dead letters: " + ledger.deadLetters());
        ledger.close();
    }
}
