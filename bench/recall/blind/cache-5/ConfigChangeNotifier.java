// EXPECT: iteration-while-modified @ line 45
package probe5.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publishes configuration reloads to interested components.
 * <p>
 * {@link #reload(Map)} is invoked by the single file-watcher thread whenever the
 * configuration file changes; components register and unregister listeners from
 * arbitrary threads as they are started and stopped.
 */
public class ConfigChangeNotifier {

    /** Callback for configuration changes. */
    public interface ConfigListener {
        void onReload(Map<String, String> config);
    }

    private final List<ConfigListener> listeners = new ArrayList<>(); // guarded by listeners
    private volatile Map<String, String> current = Map.of();

    public void addListener(ConfigListener listener) {
        synchronized (listeners) {
            listeners.add(listener);
        }
    }

    public void removeListener(ConfigListener listener) {
        synchronized (listeners) {
            listeners.remove(listener);
        }
    }

    public Map<String, String> current() {
        return current;
    }

    /** Installs a new configuration and notifies every listener. */
    public void reload(Map<String, String> newValues) {
        Map<String, String> snapshot = Map.copyOf(newValues);
        current = snapshot;
        for (ConfigListener listener : listeners) { // BUG: iterates the list without holding its lock while other threads add/remove listeners (ConcurrentModificationException, stale reads)
            listener.onReload(snapshot);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigChangeNotifier notifier = new ConfigChangeNotifier();
        Thread watcher = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                notifier.reload(Map.of("pool.size", Integer.toString(i)));
            }
        }, "config-watcher");
        Thread components = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                ConfigListener l = cfg -> cfg.get("pool.size");
                notifier.addListener(l);
                if (i % 3 == 0) {
                    notifier.removeListener(l);
                }
            }
        }, "component-starter");
        watcher.start();
        components.start();
        watcher.join();
        components.join();
        System.out.println("final config: " + notifier.current());
    }
}
