// EXPECT: unsafe-publication @ line 51
package probe16c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Holds the gateway's current routing table. A scheduled reload task rebuilds the
 * table from the config service; proxy worker threads call route() for every
 * incoming request.
 */
public class RoutingConfigHolder {
    static final class RoutingTable {
        private Map<String, String> routes;
        private String fallbackBackend;
        private long version;

        RoutingTable(Map<String, String> routes, String fallbackBackend, long version) {
            this.routes = new HashMap<>(routes);
            this.fallbackBackend = fallbackBackend;
            this.version = version;
        }

        String resolve(String path) {
            String best = null;
            int bestLength = -1;
            for (Map.Entry<String, String> e : routes.entrySet()) {
                String prefix = e.getKey();
                if (path.startsWith(prefix) && prefix.length() > bestLength) {
                    best = e.getValue();
                    bestLength = prefix.length();
                }
            }
            return best != null ? best : fallbackBackend;
        }
    }

    private final Supplier<Map<String, String>> routeSource;
    private RoutingTable table = new RoutingTable(Map.of(), "backend-default:8080", 0);

    public RoutingConfigHolder(Supplier<Map<String, String>> routeSource) {
        this.routeSource = routeSource;
    }

    void reload() {
        Map<String, String> routes = routeSource.get();
        long nextVersion = table.version + 1;
        table = new RoutingTable(routes, "backend-default:8080", nextVersion); // BUG: table published via plain field; readers may see it with unset non-final fields
    }

    public String route(String path) {
        return table.resolve(path);
    }

    public long version() {
        return table.version;
    }

    public static void main(String[] args) throws InterruptedException {
        RoutingConfigHolder holder = new RoutingConfigHolder(
                () -> Map.of("/api/orders", "orders:8080", "/api/users", "users:8080", "/static", "cdn:80"));
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
        reloader.scheduleWithFixedDelay(holder::reload, 0, 50, TimeUnit.MILLISECONDS);

        ExecutorService proxyWorkers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100_000; i++) {
            String path = (i % 2 == 0) ? "/api/orders/" + i : "/static/app.js";
            proxyWorkers.submit(() -> holder.route(path));
        }
        proxyWorkers.shutdown();
        proxyWorkers.awaitTermination(1, TimeUnit.MINUTES);
        reloader.shutdown();
        System.out.println("routing table version " + holder.version());
    }
}
