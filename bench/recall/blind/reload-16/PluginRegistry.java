// EXPECT: check-then-act @ line 35
package probe16c; import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks which plugins are running. Plugins are activated by the config-reload
 * worker pool when a new plugin list is published and, concurrently, by the admin
 * HTTP endpoint ("POST /plugins/{name}/activate").
 */
public class PluginRegistry {
    public interface Plugin {
        String name();
        void start();
        void stop();
    }

    public interface PluginLoader {
        Plugin load(String name);
    }

    private final ConcurrentMap<String, Plugin> active = new ConcurrentHashMap<>();
    private final PluginLoader loader;

    public PluginRegistry(PluginLoader loader) {
        this.loader = loader;
    }

    public Plugin activate(String name) {
        Plugin existing = active.get(name);
        if (existing == null) { // BUG: check-then-act; two threads can both load and start the same plugin
            Plugin plugin = loader.load(name);
            plugin.start();
            active.put(name, plugin);
            return plugin;
        }
        return existing;
    }

    public void deactivate(String name) {
        Plugin plugin = active.remove(name);
        if (plugin != null) {
            plugin.stop();
        }
    }

    public boolean isActive(String name) {
        return active.containsKey(name);
    }

    public Map<String, Plugin> snapshot() {
        return Map.copyOf(active);
    }

    public static void main(String[] args) throws InterruptedException {
        PluginRegistry registry = new PluginRegistry(name -> new Plugin() {
            public String name() { return name; }
            public void start() { System.out.println("starting " + name + " on " + Thread.currentThread().getName()); }
            public void stop() { System.out.println("stopping " + name); }
        });
        List<String> configured = List.of("audit-log", "metrics-exporter", "sso-bridge");
        ExecutorService reloadWorkers = Executors.newFixedThreadPool(4);
        for (String name : configured) {
            reloadWorkers.submit(() -> registry.activate(name));
        }
        ExecutorService adminRequests = Executors.newFixedThreadPool(2);
        adminRequests.submit(() -> registry.activate("metrics-exporter"));
        adminRequests.submit(() -> registry.activate("sso-bridge"));
        reloadWorkers.shutdown();
        adminRequests.shutdown();
        reloadWorkers.awaitTermination(10, TimeUnit.SECONDS);
        adminRequests.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("active: " + registry.snapshot().keySet());
    }
}
