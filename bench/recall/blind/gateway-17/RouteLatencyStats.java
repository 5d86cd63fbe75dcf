// EXPECT: unguarded-shared-field @ line 35
package probe17b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Latency statistics for a single gateway route. Request worker threads call record()
 * or recordTimeout() after each upstream call; a scheduled reporter takes snapshots.
 */
public class RouteLatencyStats {

    public record Snapshot(String route, long count, long avgMillis, long maxMillis, long timeouts) {}

    private final String route;
    private long count;
    private long totalMillis;
    private long maxMillis;
    private long timeouts;

    public RouteLatencyStats(String route) {
        this.route = route;
    }

    public synchronized void record(long latencyMillis) {
        count++;
        totalMillis += latencyMillis;
        if (latencyMillis > maxMillis) {
            maxMillis = latencyMillis;
        }
    }

    public void recordTimeout() {
        timeouts++; // BUG: read-modify-write of a field guarded by 'this' elsewhere, done without holding the lock
    }

    public synchronized Snapshot snapshotAndReset() {
        Snapshot s = new Snapshot(route, count, count == 0 ? 0 : totalMillis / count, maxMillis, timeouts);
        count = 0;
        totalMillis = 0;
        maxMillis = 0;
        timeouts = 0;
        return s;
    }

    public static void main(String[] args) throws InterruptedException {
        RouteLatencyStats stats = new RouteLatencyStats("/inventory");
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        reporter.scheduleAtFixedRate(() -> System.out.println(stats.snapshotAndReset()),
                100, 100, TimeUnit.MILLISECONDS);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100_000; i++) {
            workers.execute(() -> {
                long latency = ThreadLocalRandom.current().nextLong(1, 400);
                if (latency > 350) {
                    stats.recordTimeout();
                } else {
                    stats.record(latency);
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        reporter.shutdown();
        reporter.awaitTermination(1, TimeUnit.SECONDS);
        System.out.println("final " + stats.snapshotAndReset());
    }
}
