package deadlock.blockingunderlock;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pausing cancels the periodic update and then waits for it under the monitor: a get() right after
 * cancel() answers at once (CancellationException, or the result when the task had already ended), so
 * nothing waits while the monitor is held (cassandra MonotonicClock.pauseEpochSampling).
 */
public class GoodGetAfterCancelUnderLock {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private ScheduledFuture<?> updater;
    private long sampled;

    public synchronized void resume() {
        if (updater == null) {
            updater = scheduler.scheduleWithFixedDelay(this::sample, 1, 1, TimeUnit.SECONDS);
        }
    }

    public synchronized void pause() throws InterruptedException {
        if (updater == null) {
            return;
        }
        updater.cancel(true);
        try {
            updater.get();
        } catch (CancellationException | ExecutionException e) {
            // cancelled, or failed: nothing to wait for
        }
        updater = null;
    }

    private synchronized void sample() {
        sampled = System.nanoTime();
    }

    public synchronized long sampled() {
        return sampled;
    }
}
