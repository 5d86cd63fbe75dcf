// EXPECT: unsafe-publication @ line 32
package recall2;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Maps request path prefixes to backend addresses. A config-watcher thread rebuilds the
 * table when the routing file changes; request threads route concurrently.
 */
public class RoutingTable {

    static final class Routes {
        Map<String, String> byPrefix = new HashMap<>();
        String defaultBackend;
        long version;
    }

    private Routes current = new Routes();

    /** Called by the config-watcher thread. */
    public void reload(Properties config, long version) {
        Routes r = new Routes();
        for (String key : config.stringPropertyNames()) {
            if (key.startsWith("route.")) {
                r.byPrefix.put(key.substring("route.".length()), config.getProperty(key));
            }
        }
        r.defaultBackend = config.getProperty("default", "localhost:8080");
        r.version = version;
        current = r;
    }

    /** Called by request threads. */
    public String route(String path) {
        Routes r = current;
        String best = null;
        int bestLen = -1;
        for (Map.Entry<String, String> e : r.byPrefix.entrySet()) {
            if (path.startsWith(e.getKey()) && e.getKey().length() > bestLen) {
                best = e.getValue();
                bestLen = e.getKey().length();
            }
        }
        return best != null ? best : r.defaultBackend;
    }

    public long version() {
        return current.version;
    }

    public static void main(String[] args) throws InterruptedException {
        RoutingTable table = new RoutingTable();
        Thread watcher = new Thread(() -> {
            for (int v = 1; v <= 10_000; v++) {
                Properties p = new Properties();
                p.setProperty("route./api", "api-" + v + ":8080");
                p.setProperty("route./static", "cdn:80");
                table.reload(p, v);
            }
        }, "config-watcher");
        Thread requests = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                if (table.route("/api/orders") == null) {
                    throw new AssertionError("no route");
                }
            }
        }, "requests");
        watcher.start();
        requests.start();
        watcher.join();
        requests.join();
    }
}
