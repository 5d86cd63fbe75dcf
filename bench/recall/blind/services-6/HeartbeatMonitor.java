// EXPECT: none
package probe6a;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends a heartbeat to the cluster coordinator every second and exposes liveness data to the
 * {@code /health} endpoint.
 *
 * <p>Only the single scheduler thread created in {@link #start()} ever writes the heartbeat
 * fields; the health endpoint's request threads only read them.
 */
public final class HeartbeatMonitor {

    private final String nodeId;
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "heartbeat");
                t.setDaemon(true);
                return t;
            });

    private volatile long heartbeatsSent;
    private volatile long lastHeartbeatMillis;

    HeartbeatMonitor(String nodeId) {
        this.nodeId = nodeId;
    }

    void start() {
        scheduler.scheduleAtFixedRate(this::beat, 0, 1, TimeUnit.SECONDS);
    }

    void stop() {
        scheduler.shutdownNow();
    }

    /** Runs only on the single "heartbeat" scheduler thread; periodic runs never overlap. */
    private void beat() {
        // A real implementation would POST to the coordinator here.
        lastHeartbeatMillis = System.currentTimeMillis();
        heartbeatsSent++; // OK: volatile field with a single writer thread; concurrent readers only read
    }

    /** GET /health handler, invoked concurrently by the HTTP worker threads. */
    String handleHealth() {
        long last = lastHeartbeatMillis;
        boolean healthy = last != 0 && System.currentTimeMillis() - last < 3_000;
        return String.format("{\"node\":\"%s\",\"healthy\":%b,\"heartbeats\":%d}", nodeId, healthy, heartbeatsSent);
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatMonitor monitor = new HeartbeatMonitor("node-7");
        monitor.start();
        ExecutorService httpWorkers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            httpWorkers.execute(() -> System.out.println(monitor.handleHealth()));
            Thread.sleep(150);
        }
        httpWorkers.shutdown();
        httpWorkers.awaitTermination(5, TimeUnit.SECONDS);
        monitor.stop();
    }
}
