package deadlock.blockingunderlock;

import java.util.concurrent.CountDownLatch;

/**
 * The pause latch is only ever set by a test hook: in production it is null, so the wait under
 * {@code if (pauseLatch != null)} never runs while the flusher holds its monitor.
 */
public class GoodWaitOnlyInTestHook {
    private CountDownLatch pauseLatch;
    private int flushed;

    public synchronized void flush() throws InterruptedException {
        if (pauseLatch != null) {
            pauseLatch.await();
        }
        flushed++;
    }

    void pauseFlushesForTesting(CountDownLatch latch) {
        this.pauseLatch = latch;
    }

    public synchronized int flushed() {
        return flushed;
    }
}
