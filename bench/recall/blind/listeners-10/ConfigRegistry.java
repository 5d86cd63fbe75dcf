// EXPECT: none
package probe10b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry of configuration watchers. The config-poller thread publishes
 * changes; watchers detach themselves from the shutdown thread.
 */
public class ConfigRegistry {

    public interface Watcher {
        void onChange(String key, String value);
    }

    private final Object lock = new Object();
    private final List<Watcher> watchers = new ArrayList<>();

    public void watch(Watcher w) {
        synchronized (lock) {
            watchers.add(w);
        }
    }

    public void unwatch(Watcher w) {
        synchronized (lock) {
            watchers.remove(w);
        }
    }

    public void publish(String key, String value) {
        List<Watcher> snapshot;
        synchronized (lock) {
            snapshot = List.copyOf(watchers);
        }
        for (Watcher w : snapshot) {
            w.onChange(key, value); // OK: callbacks run on a snapshot after the registry lock is released
        }
    }

    /** Component-local view of the configuration. */
    static final class ComponentConfig implements Watcher {
        private final Map<String, String> values = new HashMap<>();
        private final ConfigRegistry registry;
        private boolean attached = true;

        ComponentConfig(ConfigRegistry registry) {
            this.registry = registry;
        }

        @Override
        public synchronized void onChange(String key, String value) {
            if (attached) {
                values.put(key, value);
            }
        }

        public synchronized void detach() {
            attached = false;
            values.clear();
            registry.unwatch(this);
        }

        public synchronized int size() {
            return values.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigRegistry registry = new ConfigRegistry();
        List<ComponentConfig> components = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ComponentConfig c = new ComponentConfig(registry);
            registry.watch(c);
            components.add(c);
        }

        Thread poller = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                registry.publish("k" + (i % 100), "v" + i);
            }
        }, "config-poller");

        Thread shutdown = new Thread(() -> {
            for (ComponentConfig c : components) {
                c.detach();
            }
        }, "shutdown");

        poller.start();
        shutdown.start();
        poller.join();
        shutdown.join();
    }
}
