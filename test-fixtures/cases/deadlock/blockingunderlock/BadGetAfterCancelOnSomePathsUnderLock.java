package deadlock.blockingunderlock;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The look-alike: the update is cancelled only when asked to stop now; otherwise pausing waits under the
 * monitor for a periodic task that never ends on its own.
 */
public class BadGetAfterCancelOnSomePathsUnderLock {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private ScheduledFuture<?> updater;
    private long sampled;

    public synchronized void resume() {
        if (updater == null) {
            updater = scheduler.scheduleWithFixedDelay(this::sample, 1, 1, TimeUnit.SECONDS);
        }
    }

    public synchronized void pause(boolean now) throws InterruptedException {
        if (updater == null) {
            return;
        }
        if (now) {
            updater.cancel(true);
        }
        try {
            updater.get(); // expect: BlockingUnderLock['`updater.get()` may block for a long time while holding `this`']
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
