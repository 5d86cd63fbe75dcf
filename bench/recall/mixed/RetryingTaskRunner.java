// EXPECT: interrupt-swallowed @ line 26
package recall3;

/**
 * Retries flaky operations with exponential back-off. Used inside executor worker threads;
 * the application cancels outstanding work with shutdownNow(), which interrupts the workers.
 */
public class RetryingTaskRunner {
    private final long baseBackoffMillis;
    private final int maxAttempts;

    public RetryingTaskRunner(long baseBackoffMillis, int maxAttempts) {
        this.baseBackoffMillis = baseBackoffMillis;
        this.maxAttempts = maxAttempts;
    }

    /** Returns true if the operation eventually succeeded. */
    public boolean runWithRetry(Runnable operation) {
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            try {
                operation.run();
                return true;
            } catch (RuntimeException failure) {
                try {
                    Thread.sleep(baseBackoffMillis << attempt);
                } catch (InterruptedException e) {
                    // back-off cut short; just try again
                }
            }
        }
        return false;
    }
}
