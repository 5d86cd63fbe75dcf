// EXPECT: iteration-while-modified @ line 55
package probe8a; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Polls the remote configuration and notifies registered listeners on change.
 * Listeners are registered and removed at any time from module initialisers and
 * from request handlers (per-tenant caches subscribe lazily); notifications are
 * delivered on the poller thread.
 */
public class ConfigChangeNotifier {

    public interface ConfigListener {
        void onConfigChanged(Map<String, String> newConfig);
    }

    private final List<ConfigListener> listeners = Collections.synchronizedList(new ArrayList<>());
    private final Supplier<Map<String, String>> remote;
    private final ScheduledExecutorService poller =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "config-poller"));
    private Map<String, String> lastSeen = Map.of();

    public ConfigChangeNotifier(Supplier<Map<String, String>> remote) {
        this.remote = remote;
    }

    public void start() {
        poller.scheduleWithFixedDelay(this::poll, 0, 15, TimeUnit.SECONDS);
    }

    public void addListener(ConfigListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(ConfigListener listener) {
        listeners.remove(listener);
    }

    private void poll() {
        Map<String, String> fresh = Map.copyOf(remote.get());
        if (!fresh.equals(lastSeen)) {
            lastSeen = fresh;
            fireChanged(fresh);
        }
    }

    private void fireChanged(Map<String, String> config) {
        for (ConfigListener l : listeners) { // BUG: iterating a synchronizedList without holding its lock while other threads add/remove (ConcurrentModificationException)
            try {
                l.onConfigChanged(config);
            } catch (RuntimeException e) {
                System.err.println("config listener failed: " + e);
            }
        }
    }

    public void stop() {
        poller.shutdownNow();
    }
}
