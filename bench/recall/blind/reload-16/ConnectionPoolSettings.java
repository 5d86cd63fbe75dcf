// EXPECT: this-escape-in-constructor @ line 51
package probe16c; import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Live-tunable connection pool limits. The pool size follows the
 * "<pool>.maxConnections" key of a {@link ConfigSource}, whose watcher thread
 * notifies every registered listener once per poll.
 */
public class ConnectionPoolSettings {

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

    private final String poolName;
    private final AtomicInteger maxConnections;
    private final List<IntConsumer> resizeHooks;

    public ConnectionPoolSettings(String poolName, ConfigSource source, int initialMax) {
        this.poolName = poolName;
        source.addListener(this::onReload); // BUG: 'this' escapes (via this::onReload) to the running watcher thread before maxConnections/resizeHooks are assigned
        this.maxConnections = new AtomicInteger(initialMax);
        this.resizeHooks = new CopyOnWriteArrayList<>();
    }

    public void onReload(Map<String, String> config) {
        String raw = config.get(poolName + ".maxConnections");
        if (raw == null) {
            return;
        }
        int updated = Integer.parseInt(raw.trim());
        if (maxConnections.getAndSet(updated) != updated) {
            for (IntConsumer hook : resizeHooks) {
                hook.accept(updated);
            }
        }
    }

    public void onResize(IntConsumer hook) {
        resizeHooks.add(hook);
    }

    public int maxConnections() {
        return maxConnections.get();
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigSource source = new ConfigSource(
                () -> Map.of("orders-db.maxConnections", "40", "users-db.maxConnections", "20"), 1);
        for (int i = 0; i < 200; i++) {
            ConnectionPoolSettings pool = new ConnectionPoolSettings(i % 2 == 0 ? "orders-db" : "users-db", source, 10);
            pool.onResize(n -> System.out.println("resized to " + n));
        }
        Thread.sleep(100);
        source.shutdown();
    }
}
