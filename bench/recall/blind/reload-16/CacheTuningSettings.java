// EXPECT: none
package probe16c; import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Live-tunable cache limits. The cache size follows the "<cache>.maxEntries"
 * key of a {@link ConfigSource}, whose watcher thread notifies every registered
 * listener once per poll.
 */
public class CacheTuningSettings {

    public static final class ConfigSource {
        public interface Listener {
            void onReload(Map<String, String> config);
        }

        private final List<Listener> listeners = new CopyOnWriteArrayList<>();
        private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();

        public ConfigSource(Supplier<Map<String, String>> loader, long periodMillis) {
            watcher.scheduleWithFixedDelay(() -> {
                Map<String, String> config = loader.get();
                for (Listener l : listeners) {
                    l.onReload(config);
                }
            }, 0, periodMillis, TimeUnit.MILLISECONDS);
        }

        public void addListener(Listener listener) {
            listeners.add(listener);
        }

        public void shutdown() {
            watcher.shutdownNow();
        }
    }

    private final String cacheName;
    private final AtomicLong maxEntries;
    private final List<LongConsumer> resizeHooks;

    private CacheTuningSettings(String cacheName, long initialMax) {
        this.cacheName = cacheName;
        this.maxEntries = new AtomicLong(initialMax);
        this.resizeHooks = new CopyOnWriteArrayList<>();
    }

    public static CacheTuningSettings create(String cacheName, ConfigSource source, long initialMax) {
        CacheTuningSettings settings = new CacheTuningSettings(cacheName, initialMax);
        source.addListener(settings::onReload); // OK: registered only after the constructor has finished; the COW list add happens-before the watcher's iteration
        return settings;
    }

    public void onReload(Map<String, String> config) {
        String raw = config.get(cacheName + ".maxEntries");
        if (raw == null) {
            return;
        }
        long updated = Long.parseLong(raw.trim());
        if (maxEntries.getAndSet(updated) != updated) {
            for (LongConsumer hook : resizeHooks) {
                hook.accept(updated);
            }
        }
    }

    public void onResize(LongConsumer hook) {
        resizeHooks.add(hook);
    }

    public long maxEntries() {
        return maxEntries.get();
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigSource source = new ConfigSource(
                () -> Map.of("sessions.maxEntries", "50000", "templates.maxEntries", "2000"), 1);
        for (int i = 0; i < 200; i++) {
            CacheTuningSettings cache = create(i % 2 == 0 ? "sessions" : "templates", source, 1000);
            cache.onResize(n -> System.out.println("resized to " + n));
        }
        Thread.sleep(100);
        source.shutdown();
    }
}
