package races.unguardedwrite;

/**
 * The look-alike: the poller's own thread calls the setter while it runs (it halves the limit after a
 * failure), so the limit is state the running poller changes, not a setting users make before they
 * start it; the writes race with the reads under the monitor.
 */
public class BadRetryLimitAlsoSetByPoller {
    private int retryLimit = 8;
    private int failures;
    private Thread poller;

    public void setRetryLimit(int retryLimit) {
        this.retryLimit = retryLimit; // expect: UnguardedWrite['`retryLimit` is written without `this`, which guards']
    }

    public synchronized void start() {
        poller = new Thread(this::poll);
        poller.start();
    }

    private void poll() {
        while (!Thread.currentThread().isInterrupted()) {
            int limit;
            boolean failedOut;
            synchronized (this) {
                limit = retryLimit;
                failedOut = ++failures > limit;
            }
            if (failedOut) {
                setRetryLimit(limit / 2);
            }
        }
    }

    public synchronized int failures() {
        return failures;
    }
}
