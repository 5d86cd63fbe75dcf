// EXPECT: sync-on-reassigned-field @ line 41
package probe2.dl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Longest-prefix route table for the edge proxy. Admin API adds routes one by one;
 * the config watcher replaces the whole table on reload.
 */
public class EdgeRouteTable {
    public record Route(String prefix, String upstream) {}

    private List<Route> routes = new ArrayList<>();
    private long generation;

    public void addRoute(String prefix, String upstream) {
        synchronized (routes) {
            routes.removeIf(r -> r.prefix().equals(prefix));
            routes.add(new Route(prefix, upstream));
            generation++;
        }
    }

    public String upstreamFor(String path) {
        synchronized (routes) {
            Route best = null;
            for (Route r : routes) {
                if (path.startsWith(r.prefix())
                        && (best == null || r.prefix().length() > best.prefix().length())) {
                    best = r;
                }
            }
            return best == null ? null : best.upstream();
        }
    }

    public void reload(Collection<Route> fresh) {
        synchronized (routes) {
            routes = new ArrayList<>(fresh); // BUG: reassigns the object used as the monitor; concurrent addRoute/upstreamFor lock the old or new list independently, so updates are lost and the list is read while mutated
            generation++;
        }
    }

    public long generation() {
        synchronized (routes) {
            return generation;
        }
    }

    public int size() {
        synchronized (routes) {
            return routes.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        EdgeRouteTable table = new EdgeRouteTable();
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                table.addRoute("/svc" + i, "10.0.0." + (i % 250));
            }
        });
        Thread watcher = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                table.reload(List.of(new Route("/", "10.0.0.1")));
            }
        });
        admin.start();
        watcher.start();
        admin.join();
        watcher.join();
        System.out.println(table.size() + " routes, generation " + table.generation());
    }
}
