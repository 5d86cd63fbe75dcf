// EXPECT: unsafe-publication @ line 55
package probe8a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Holds the host-to-backend routing table of the edge router. A scheduled job
 * rebuilds the table from the discovery service every 30 seconds; resolve() is
 * called concurrently by request handler threads.
 */
public class RouteTableRefresher {

    public interface DiscoveryClient {
        Map<String, String> fetchRoutes();
    }

    static final class RouteTable {
        Map<String, String> backendsByHost = new HashMap<>();
        long version;
        String defaultBackend;

        String lookup(String host) {
            String backend = backendsByHost.get(host);
            return backend != null ? backend : defaultBackend;
        }
    }

    private final DiscoveryClient discovery;
    private final String fallbackBackend;
    private final ScheduledExecutorService refresher =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "route-refresh"));
    private RouteTable current;
    private long refreshCount;

    public RouteTableRefresher(DiscoveryClient discovery, String fallbackBackend) {
        this.discovery = discovery;
        this.fallbackBackend = fallbackBackend;
        RouteTable initial = new RouteTable();
        initial.defaultBackend = fallbackBackend;
        this.current = initial;
    }

    public void start() {
        refresher.scheduleWithFixedDelay(this::reload, 0, 30, TimeUnit.SECONDS);
    }

    private void reload() {
        Map<String, String> fetched = discovery.fetchRoutes();
        RouteTable next = new RouteTable();
        next.backendsByHost.putAll(fetched);
        next.defaultBackend = fallbackBackend;
        next.version = ++refreshCount;
        current = next; // BUG: mutable table published through a plain field; handlers may see it partially built
    }

    public String resolve(String host) {
        return current.lookup(host);
    }

    public void stop() {
        refresher.shutdownNow();
    }
}
