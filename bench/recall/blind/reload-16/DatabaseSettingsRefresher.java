// EXPECT: none
package probe16c; import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Mirrors the {@code app_settings} table in memory. A background thread refreshes
 * the mirror every 30 seconds and operators may force a refresh from the admin
 * endpoint; lookups come concurrently from request-handling threads.
 */
public class DatabaseSettingsRefresher implements AutoCloseable {
    private final Supplier<Map<String, String>> settingsQuery;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "settings-refresher");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<String, String> settings = Map.of();
    private long refreshCount; // guarded by this

    public DatabaseSettingsRefresher(Supplier<Map<String, String>> settingsQuery) {
        this.settingsQuery = settingsQuery;
    }

    public void start() {
        refresher.scheduleWithFixedDelay(this::refresh, 0, 30, TimeUnit.SECONDS);
    }

    /** Also invoked from the admin "reload settings" endpoint. */
    public synchronized void refresh() {
        try {
            Map<String, String> rows = settingsQuery.get();
            settings = Map.copyOf(rows);
            refreshCount++;
        } catch (RuntimeException e) {
            System.err.println("Settings refresh failed, keeping previous values: " + e);
        }
    }

    public String get(String key, String defaultValue) {
        String v = settings.get(key); // OK: volatile reference to an immutable Map.copyOf snapshot
        return v != null ? v : defaultValue;
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        String v = get(key, null);
        return v == null ? defaultValue : Boolean.parseBoolean(v);
    }

    public synchronized long refreshCount() {
        return refreshCount;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        DatabaseSettingsRefresher settings = new DatabaseSettingsRefresher(
                () -> Map.of("checkout.newFlow", "true", "search.maxResults", "50"));
        settings.start();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            handlers.submit(() -> settings.getBoolean("checkout.newFlow", false));
        }
        handlers.submit(settings::refresh);
        handlers.shutdown();
        handlers.awaitTermination(1, TimeUnit.MINUTES);
        settings.close();
    }
}
