// EXPECT: unguarded-shared-field @ line 49
package probe15c; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs on a worker pool and re-schedules failed jobs with exponential
 * backoff. Jobs that exhaust their attempts are parked in a dead-letter list.
 * submit() may be called from any thread.
 */
public class RetryScheduler {
    private static final int MAX_ATTEMPTS = 5;
    private static final long BASE_DELAY_MS = 100L;

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Integer> attempts = new HashMap<>();
    private final List<String> deadLetters = new ArrayList<>();

    public void submit(String jobId, Runnable body) {
        workers.execute(() -> runOnce(jobId, body));
    }

    private void runOnce(String jobId, Runnable body) {
        try {
            body.run();
            clearAttempts(jobId);
        } catch (RuntimeException e) {
            int failures = recordFailure(jobId);
            if (failures >= MAX_ATTEMPTS) {
                deadLetter(jobId);
            } else {
                long delay = BASE_DELAY_MS << failures;
                timer.schedule(() -> submit(jobId, body), delay, TimeUnit.MILLISECONDS);
            }
        }
    }

    private synchronized void clearAttempts(String jobId) {
        attempts.remove(jobId);
    }

    private int recordFailure(String jobId) {
        return attempts.merge(jobId, 1, Integer::sum); // BUG: HashMap mutated from pool threads without the lock that guards it elsewhere
    }

    private synchronized void deadLetter(String jobId) {
        attempts.remove(jobId);
        deadLetters.add(jobId);
    }

    public synchronized List<String> deadLetters() {
        return new ArrayList<>(deadLetters);
    }

    public synchronized int pendingRetries() {
        return attempts.size();
    }

    public void shutdown() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        RetryScheduler scheduler = new RetryScheduler();
        for (int i = 0; i < 20; i++) {
            final int n = i;
            scheduler.submit("job-" + i, () -> {
                if (n % 3 == 0) {
                    throw new IllegalStateException("downstream unavailable");
                }
            });
        }
        Thread.sleep(5000);
        System.out.println("dead letters: " + scheduler.deadLetters());
        scheduler.shutdown();
    }
}
