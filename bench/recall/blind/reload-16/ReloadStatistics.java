// EXPECT: non-atomic-volatile-update @ line 21
package probe16c; import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reload metrics exposed on the /health endpoint. Each watched config source is
 * polled by its own task on a shared scheduled pool, and every task records
 * its reloads here; health-check request threads read the values.
 */
public class ReloadStatistics {
    private volatile long reloadCount;
    private volatile long lastReloadNanos;
    private volatile String lastSource = "none";

    void recordReload(String source, long durationNanos) {
        reloadCount++; // BUG: ++ on a volatile is a non-atomic read-modify-write; concurrent watcher tasks lose updates
        lastReloadNanos = durationNanos;
        lastSource = source;
    }

    public long reloadCount() {
        return reloadCount;
    }

    public String describe() {
        return "reloads=" + reloadCount + " last=" + lastSource
                + " took=" + TimeUnit.NANOSECONDS.toMicros(lastReloadNanos) + "us";
    }

    static Runnable watchTask(String name, Supplier<Map<String, String>> loader, ReloadStatistics stats) {
        return () -> {
            long start = System.nanoTime();
            Map<String, String> config = loader.get();
            if (!config.isEmpty()) {
                stats.recordReload(name, System.nanoTime() - start);
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        ReloadStatistics stats = new ReloadStatistics();
        ScheduledExecutorService watchers = Executors.newScheduledThreadPool(4);
        for (String source : List.of("app.yaml", "flags.json", "routes.conf", "limits.properties")) {
            watchers.scheduleAtFixedRate(
                    watchTask(source, () -> Map.of("loadedFrom", source), stats), 0, 1, TimeUnit.MILLISECONDS);
        }
        ExecutorService healthChecks = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 20; i++) {
            healthChecks.submit(() -> System.out.println(stats.describe()));
            Thread.sleep(10);
        }
        healthChecks.shutdown();
        healthChecks.awaitTermination(5, TimeUnit.SECONDS);
        watchers.shutdown();
    }
}
