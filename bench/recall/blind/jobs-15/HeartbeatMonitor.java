// EXPECT: none
package probe15c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Periodic heartbeat for a job worker pool. A single scheduled thread bumps
 * the beat counter and samples the queue; health-check request threads read
 * the counters to decide whether the scheduler is alive.
 */
public class HeartbeatMonitor {
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService healthChecks = Executors.newFixedThreadPool(4);

    private volatile long beats;
    private volatile long lastBeatMillis;

    public void start() {
        ticker.scheduleAtFixedRate(this::beat, 0, 200, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        beats++; // OK: only the single ticker thread ever writes beats, so no update can be lost; volatile publishes it to readers
        lastBeatMillis = System.currentTimeMillis();
    }

    public boolean isAlive(long maxSilenceMillis) {
        return beats > 0 && System.currentTimeMillis() - lastBeatMillis <= maxSilenceMillis;
    }

    public long beats() {
        return beats;
    }

    public void handleHealthRequest(String requestId) {
        healthChecks.execute(() ->
                System.out.printf("%s alive=%b beats=%d%n", requestId, isAlive(1000), beats()));
    }

    public void stop() throws InterruptedException {
        ticker.shutdown();
        ticker.awaitTermination(5, TimeUnit.SECONDS);
        healthChecks.shutdown();
        healthChecks.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatMonitor monitor = new HeartbeatMonitor();
        monitor.start();
        for (int i = 0; i < 10; i++) {
            monitor.handleHealthRequest("hc-" + i);
            Thread.sleep(150);
        }
        monitor.stop();
    }
}
