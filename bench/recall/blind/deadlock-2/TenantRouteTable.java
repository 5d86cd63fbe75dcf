// EXPECT: none
package probe2.dl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

// OK: the monitor is a private final Object that is never reassigned; the routes list itself is swapped on reload but every read and write of the field happens inside synchronized (lock)
public class TenantRouteTable {
    public record Route(String tenant, String prefix, String backend) {}

    private final Object lock = new Object();
    private List<Route> routes = new ArrayList<>();
    private long generation;

    public void addRoute(String tenant, String prefix, String backend) {
        synchronized (lock) {
            routes.removeIf(r -> r.tenant().equals(tenant) && r.prefix().equals(prefix));
            routes.add(new Route(tenant, prefix, backend));
            generation++;
        }
    }

    public String backendFor(String tenant, String path) {
        synchronized (lock) {
            Route best = null;
            for (Route r : routes) {
                if (r.tenant().equals(tenant) && path.startsWith(r.prefix())
                        && (best == null || r.prefix().length() > best.prefix().length())) {
                    best = r;
                }
            }
            return best == null ? null : best.backend();
        }
    }

    public void reload(Collection<Route> fresh) {
        List<Route> replacement = new ArrayList<>(fresh);
        synchronized (lock) {
            routes = replacement;
            generation++;
        }
    }

    public long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    public int size() {
        synchronized (lock) {
            return routes.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TenantRouteTable table = new TenantRouteTable();
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                table.addRoute("acme", "/svc" + i, "10.1.0." + (i % 250));
            }
        });
        Thread watcher = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                table.reload(List.of(new Route("acme", "/", "10.1.0.1")));
            }
        });
        admin.start();
        watcher.start();
        admin.join();
        watcher.join();
        System.out.println(table.size() + " routes, generation " + table.generation());
    }
}
