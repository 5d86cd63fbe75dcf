package deadlock.blockingunderlock;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A snapshot manager whose start schedules a periodic cleanup that waits for a delete process while it
 * holds the manager's monitor. The cleanup is handed over as {@code this::clearExpired}: it runs on the
 * scheduler every minute, long after start returned, so every status query made meanwhile waits for the
 * process; not a start-up-only wait (cassandra's SnapshotManager.clearSnapshot).
 */
public class BadWaitInCleanupScheduledByStart {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private int expired;
    private ScheduledFuture<?> cleanup;

    public synchronized void start() {
        cleanup = scheduler.scheduleWithFixedDelay(this::clearExpired, 1, 1, TimeUnit.MINUTES);
    }

    public synchronized void stop() {
        cleanup.cancel(false);
    }

    synchronized void clearExpired() {
        try {
            Process p = new ProcessBuilder("rm", "-rf", "snapshots/expired").start();
            p.waitFor(); // expect: BlockingUnderLock['`p.waitFor()` may block for a long time while holding `this`']
            expired++;
        } catch (java.io.IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized int expired() {
        return expired;
    }
}
