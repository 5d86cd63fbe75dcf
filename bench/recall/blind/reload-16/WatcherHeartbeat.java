// EXPECT: none
package probe16c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Liveness signal for the config watcher. The single watcher thread bumps the
 * heartbeat after every poll; health-check request threads read it to decide
 * whether hot reload has stalled.
 */
public class WatcherHeartbeat implements AutoCloseable {
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "config-watcher");
        t.setDaemon(true);
        return t;
    });
    private final long stallThresholdNanos;
    private volatile long beats;
    private volatile long lastBeatNanos = System.nanoTime();

    public WatcherHeartbeat(long stallThreshold, TimeUnit unit) {
        this.stallThresholdNanos = unit.toNanos(stallThreshold);
    }

    public void start(Runnable pollConfig, long periodMillis) {
        watcher.scheduleWithFixedDelay(() -> {
            pollConfig.run();
            beat();
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        beats++; // OK: only the single config-watcher thread ever writes beats; volatile makes each value visible to readers
        lastBeatNanos = System.nanoTime();
    }

    public long beats() {
        return beats;
    }

    public boolean isStalled() {
        return System.nanoTime() - lastBeatNanos > stallThresholdNanos;
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        WatcherHeartbeat heartbeat = new WatcherHeartbeat(2, TimeUnit.SECONDS);
        heartbeat.start(() -> { /* re-read config files */ }, 5);
        ExecutorService healthChecks = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            healthChecks.submit(() -> System.out.println(
                    "beats=" + heartbeat.beats() + " stalled=" + heartbeat.isStalled()));
            Thread.sleep(10);
        }
        healthChecks.shutdown();
        healthChecks.awaitTermination(5, TimeUnit.SECONDS);
        heartbeat.close();
    }
}
