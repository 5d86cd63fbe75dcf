// EXPECT: none
package probe.dl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Thread-safe holder of dynamic configuration that notifies subscribers after every change. */
// OK: listeners are copied under the lock and invoked only after the lock has been released
public class ConfigChangeNotifier {

    public interface ConfigListener {
        void onChange(String key, String oldValue, String newValue);
    }

    private final Object lock = new Object();
    private final Map<String, String> values = new HashMap<>();
    private final List<ConfigListener> listeners = new ArrayList<>();

    public void addListener(ConfigListener listener) {
        synchronized (lock) {
            listeners.add(listener);
        }
    }

    public String get(String key) {
        synchronized (lock) {
            return values.get(key);
        }
    }

    public void set(String key, String value) {
        String previous;
        List<ConfigListener> snapshot;
        synchronized (lock) {
            previous = values.put(key, value);
            if (value.equals(previous)) {
                return;
            }
            snapshot = new ArrayList<>(listeners);
        }
        for (ConfigListener listener : snapshot) {
            listener.onChange(key, previous, value);
        }
    }

    public static void main(String[] args) {
        ConfigChangeNotifier config = new ConfigChangeNotifier();
        config.addListener((k, o, n) -> System.out.println(k + ": " + o + " -> " + n));
        config.addListener((k, o, n) -> config.get("feature.flags"));
        CompletableFuture<Void> admin = CompletableFuture.runAsync(() -> config.set("pool.size", "16"));
        CompletableFuture<Void> rollout = CompletableFuture.runAsync(() -> config.set("feature.flags", "beta"));
        CompletableFuture.allOf(admin, rollout).join();
    }
}
