package deadlock.blockingunderlock;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shutting down waits for the workers under the monitor, but at most for a timeout: reported as a
 * note (a bounded stall of the lock's other users), not as a warning.
 */
public class BadBoundedWaitUnderLock {
    private final ExecutorService workers;
    private boolean stopped;

    public BadBoundedWaitUnderLock(ExecutorService workers) {
        this.workers = workers;
    }

    public synchronized void stop() throws InterruptedException {
        stopped = true;
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS); // expect: BlockingUnderLock['a bounded wait']
    }

    public synchronized boolean stopped() {
        return stopped;
    }
}
