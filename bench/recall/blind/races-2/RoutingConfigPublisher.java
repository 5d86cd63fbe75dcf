// EXPECT: unsafe-publication-non-volatile-field @ line 35
package probe2.races;

import java.util.HashMap;
import java.util.Map;

/**
 * Reloads the edge routing table from the config service. A poller thread
 * picks up new tables and reconfigures the proxy listeners.
 */
public class RoutingConfigPublisher {

    /** Mutable routing table populated after construction. */
    static final class RoutingTable {
        private final Map<String, String> targetsByHost = new HashMap<>();
        private String defaultTarget;
        private int version;

        String resolve(String host) {
            String t = targetsByHost.get(host);
            return t != null ? t : defaultTarget;
        }
    }

    private RoutingTable current = new RoutingTable();
    private int appliedVersion = -1;

    public void reload(Map<String, String> source, String fallback, int version) {
        RoutingTable table = new RoutingTable();
        table.defaultTarget = fallback;
        table.version = version;
        for (Map.Entry<String, String> e : source.entrySet()) {
            table.targetsByHost.put(e.getKey().toLowerCase(), e.getValue());
        }
        current = table; // BUG: mutable table published through a non-volatile field; poller may see a partially populated table
    }

    /** Runs on the dedicated poller thread only. */
    void pollLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            RoutingTable table = current;
            if (table.version != appliedVersion) {
                appliedVersion = table.version;
                System.out.println("applying v" + table.version + " api->" + table.resolve("api.example.com"));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RoutingConfigPublisher publisher = new RoutingConfigPublisher();
        Thread poller = new Thread(publisher::pollLoop, "route-poller");
        poller.start();
        for (int v = 1; v <= 20; v++) {
            Map<String, String> routes = new HashMap<>();
            routes.put("API.example.com", "10.0.0." + v);
            routes.put("static.example.com", "10.0.1." + v);
            publisher.reload(routes, "10.0.9.1", v);
            Thread.sleep(15);
        }
        poller.interrupt();
        poller.join();
    }
}
