// EXPECT: lock-order-deadlock @ line 24
package probe17b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Holds the gateway routing table and per-route hit statistics. resolve() is called
 * by request worker threads; reload() is called by the config-watcher thread whenever
 * the routes file changes.
 */
public class RouteConfigManager {

    private final Object routesLock = new Object();
    private final Object statsLock = new Object();
    private final Map<String, String> routes = new HashMap<>();
    private final Map<String, Long> hitsByRoute = new HashMap<>();
    private long unmatched;

    public String resolve(String pathPrefix) {
        synchronized (statsLock) {
            hitsByRoute.merge(pathPrefix, 1L, Long::sum);
            synchronized (routesLock) { // BUG: takes routesLock while holding statsLock; reload() acquires them in the opposite order
                String upstream = routes.get(pathPrefix);
                if (upstream == null) {
                    unmatched++;
                }
                return upstream;
            }
        }
    }

    public void reload(Map<String, String> newRoutes) {
        synchronized (routesLock) {
            routes.clear();
            routes.putAll(newRoutes);
            synchronized (statsLock) {
                hitsByRoute.keySet().retainAll(newRoutes.keySet());
            }
        }
    }

    public Map<String, Long> stats() {
        synchronized (statsLock) {
            Map<String, Long> copy = new HashMap<>(hitsByRoute);
            copy.put("<unmatched>", unmatched);
            return copy;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RouteConfigManager manager = new RouteConfigManager();
        manager.reload(Map.of("/users", "http://users:8080", "/billing", "http://billing:8080"));

        Thread configWatcher = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                Map<String, String> next = new HashMap<>();
                next.put("/users", "http://users-" + (i % 3) + ":8080");
                next.put("/billing", "http://billing:8080");
                manager.reload(next);
            }
        }, "config-watcher");
        configWatcher.start();

        ExecutorService workers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 50_000; i++) {
            String prefix = (i % 3 == 0) ? "/billing" : "/users";
            workers.execute(() -> manager.resolve(prefix));
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        configWatcher.join();
        System.out.println(manager.stats());
    }
}
