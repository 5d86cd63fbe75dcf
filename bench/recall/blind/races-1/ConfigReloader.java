// EXPECT: inconsistent-locking-unlocked-read @ line 41
package probe.races;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Periodically re-reads service configuration from a source; request threads query it. */
public class ConfigReloader {
    private final Supplier<Map<String, String>> source;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private Map<String, String> values = new HashMap<>();
    private long generation;

    public ConfigReloader(Supplier<Map<String, String>> source) {
        this.source = source;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::reload, 0, 30, TimeUnit.SECONDS);
    }

    void reload() {
        Map<String, String> fresh = new HashMap<>(source.get());
        synchronized (this) {
            values = fresh;
            generation++;
        }
    }

    public synchronized long generation() {
        return generation;
    }

    public String get(String key, String defaultValue) {
        String v = values.get(key); // BUG: values is replaced under the monitor in reload() but read here without it (racy publication of a HashMap)
        return v != null ? v : defaultValue;
    }

    public int getInt(String key, int defaultValue) {
        String v = get(key, null);
        return v == null ? defaultValue : Integer.parseInt(v);
    }

    public void stop() {
        scheduler.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        ConfigReloader config = new ConfigReloader(
                () -> Map.of("pool.size", String.valueOf(8 + loads.incrementAndGet() % 4)));
        config.start();
        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            requests.submit(() -> config.getInt("pool.size", 4));
        }
        requests.shutdown();
        requests.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("generation " + config.generation());
        config.stop();
    }
}
