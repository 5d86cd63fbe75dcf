// EXPECT: none
package probe9a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Prefix routing table of the edge proxy. resolve is called for every request
 * from the I/O pool; register and unregister are called by the admin API
 * thread while traffic is flowing.
 */
public class RouteTable {

    private volatile Map<String, String> routes = Map.of();

    public synchronized void register(String prefix, String backend) {
        Map<String, String> next = new HashMap<>(routes);
        next.put(prefix, backend);
        routes = Map.copyOf(next);
    }

    public synchronized void unregister(String prefix) {
        Map<String, String> next = new HashMap<>(routes);
        next.remove(prefix);
        routes = Map.copyOf(next);
    }

    public String resolve(String path) {
        Map<String, String> snapshot = routes; // OK: volatile read of an immutable copy-on-write snapshot
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : snapshot.entrySet()) {
            String prefix = e.getKey();
            if (path.startsWith(prefix) && prefix.length() > bestLength) {
                best = e.getValue();
                bestLength = prefix.length();
            }
        }
        return best;
    }

    public int size() {
        return routes.size();
    }

    public static void main(String[] args) throws InterruptedException {
        RouteTable table = new RouteTable();
        table.register("/", "default:8080");

        Thread admin = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                table.register("/svc" + i, "svc" + i + ":8080");
                if (i % 5 == 0) {
                    table.unregister("/svc" + (i / 2));
                }
            }
        }, "admin-api");
        admin.start();

        ExecutorService io = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 20_000; i++) {
            final String path = "/svc" + (i % 250) + "/items";
            io.submit(() -> table.resolve(path));
        }
        io.shutdown();
        io.awaitTermination(30, TimeUnit.SECONDS);
        admin.join();
        System.out.println("routes: " + table.size());
    }
}
