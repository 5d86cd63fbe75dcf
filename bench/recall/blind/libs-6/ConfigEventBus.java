// EXPECT: listener-under-lock-deadlock @ line 36
package probe6b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distributes configuration-change events (for example {@code logger.app.level=DEBUG})
 * to registered listeners.
 *
 * <p><b>Thread-safety:</b> all methods are thread-safe. {@link #publish} is called from the
 * {@code config-watcher} thread that polls the configuration file, and by components that
 * want to broadcast a change; {@link #subscribe} and {@link #unsubscribe} may be called
 * from any thread.
 */
public final class ConfigEventBus {

    public interface Listener {
        void onConfigChange(String key, String value);
    }

    private final List<Listener> listeners = new ArrayList<>(); // guarded by this

    public synchronized void subscribe(Listener l) {
        listeners.add(l);
    }

    public synchronized void unsubscribe(Listener l) {
        listeners.remove(l);
    }

    public synchronized void publish(String key, String value) {
        for (Listener l : listeners) {
            l.onConfigChange(key, value); // BUG: listener invoked while holding the bus monitor; LevelRegistry.resetAll() holds the registry monitor and then calls publish() -> lock-order deadlock (bus->registry vs registry->bus)
        }
    }

    /**
     * Keeps the effective level per logger. Thread-safe: guarded by its own monitor.
     * {@link #resetAll()} is called from the JMX admin thread.
     */
    public static final class LevelRegistry implements Listener {
        private final ConfigEventBus bus;
        private final Map<String, String> levels = new HashMap<>(); // guarded by this

        public LevelRegistry(ConfigEventBus bus) {
            this.bus = bus;
        }

        @Override
        public synchronized void onConfigChange(String key, String value) {
            if (key.endsWith(".level")) {
                levels.put(key.substring(0, key.length() - ".level".length()), value);
            }
        }

        public synchronized String levelOf(String logger) {
            return levels.getOrDefault(logger, "INFO");
        }

        /** Drops all level overrides and tells the other listeners about it. */
        public synchronized void resetAll() {
            levels.clear();
            bus.publish("levels.reset", "true");
        }
    }

    public static void main(String[] args) {
        ConfigEventBus bus = new ConfigEventBus();
        LevelRegistry registry = new LevelRegistry(bus);
        bus.subscribe(registry);

        Thread watcher = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                bus.publish("logger.app.level", (i & 1) == 0 ? "DEBUG" : "INFO");
            }
        }, "config-watcher");
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                registry.resetAll();
            }
        }, "jmx-admin");
        watcher.start();
        admin.start();
    }
}
