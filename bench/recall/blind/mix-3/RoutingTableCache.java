// EXPECT: volatile-mutable-container @ line 26
package probe3.mix;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Edge router lookup table. A background refresher streams route updates
 * from the control plane while request threads resolve backends.
 */
public class RoutingTableCache {

    private volatile Map<String, String> routes = new HashMap<>();
    private final AtomicInteger misses = new AtomicInteger();

    public RoutingTableCache(Map<String, String> seed) {
        this.routes = new HashMap<>(seed);
    }

    /** Invoked only by the control-plane refresher thread. */
    public void applyUpdate(String prefix, String backend) {
        routes.put(prefix, backend); // BUG: mutates the shared HashMap in place; volatile only covers the reference, readers race with the put
    }

    public String resolve(String path) {
        int slash = path.indexOf('/', 1);
        String prefix = slash < 0 ? path : path.substring(0, slash);
        String backend = routes.get(prefix);
        if (backend == null) {
            misses.incrementAndGet();
            return "default-pool";
        }
        return backend;
    }

    public static void main(String[] args) throws InterruptedException {
        RoutingTableCache cache = new RoutingTableCache(Map.of("/api", "api-pool", "/static", "cdn-pool"));

        Thread refresher = new Thread(() -> {
            for (int i = 0; i < 5_000; i++) {
                cache.applyUpdate("/svc" + i, "pool-" + (i % 8));
            }
        }, "control-plane-refresher");

        ExecutorService requestThreads = Executors.newFixedThreadPool(6);
        refresher.start();
        for (int i = 0; i < 20_000; i++) {
            final int n = i;
            requestThreads.execute(() -> cache.resolve("/svc" + (n % 6_000) + "/orders"));
        }
        refresher.join();
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("misses=" + cache.misses.get());
    }
}
