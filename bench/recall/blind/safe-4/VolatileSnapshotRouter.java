// EXPECT: none
package probe4.safe;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

// Request router whose routing table is hot-swapped by admin updates while requests are served.
// OK: routes is an immutable Map.copyOf snapshot published through a volatile field; writers copy-modify-swap under 'this' lock, readers never lock
public class VolatileSnapshotRouter {

    private volatile Map<String, String> routes = Map.of();

    public synchronized void addRoute(String prefix, String backend) {
        Map<String, String> copy = new HashMap<>(routes);
        copy.put(prefix, backend);
        routes = Map.copyOf(copy);
    }

    public synchronized void removeRoute(String prefix) {
        Map<String, String> copy = new HashMap<>(routes);
        copy.remove(prefix);
        routes = Map.copyOf(copy);
    }

    public String route(String path) {
        Map<String, String> snapshot = routes;
        String best = null;
        int bestLen = -1;
        for (Map.Entry<String, String> e : snapshot.entrySet()) {
            if (path.startsWith(e.getKey()) && e.getKey().length() > bestLen) {
                best = e.getValue();
                bestLen = e.getKey().length();
            }
        }
        return best == null ? "default-backend" : best;
    }

    public Map<String, String> snapshot() {
        return routes;
    }

    public static void main(String[] args) throws InterruptedException {
        VolatileSnapshotRouter router = new VolatileSnapshotRouter();
        router.addRoute("/api", "api-v1");
        LongAdder defaulted = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            pool.execute(() -> {
                for (int n = 0; n < 20_000; n++) {
                    if (router.route("/api/users/" + n).equals("default-backend")) {
                        defaulted.increment();
                    }
                }
            });
        }
        Thread admin = new Thread(() -> {
            for (int v = 2; v < 200; v++) {
                router.addRoute("/api/v" + v, "api-v" + v);
                router.removeRoute("/api/v" + (v - 1));
            }
        }, "admin");
        admin.start();
        admin.join();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("routes=" + router.snapshot() + " defaulted=" + defaulted.sum());
    }
}
