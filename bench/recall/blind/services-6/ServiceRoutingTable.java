// EXPECT: none
package probe6a;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Routing table of the API gateway: maps path prefixes to upstream clusters.
 *
 * <p>Request threads call {@link #resolve(String)} for every request. A scheduled refresher
 * thread reloads routes from service discovery every few seconds via {@link #replaceRoutes}.
 */
public final class ServiceRoutingTable {

    record Route(String pathPrefix, String upstream, int weight) {
    }

    /** Always an unmodifiable list; replaced wholesale, never mutated in place. */
    private volatile List<Route> routes = List.of();

    /** Called by the discovery refresher thread only. */
    void replaceRoutes(List<Route> fresh) {
        List<Route> sorted = new ArrayList<>(fresh);
        sorted.sort((a, b) -> Integer.compare(b.pathPrefix().length(), a.pathPrefix().length()));
        routes = List.copyOf(sorted);
    }

    /** Longest-prefix match; called concurrently by all gateway request threads. */
    String resolve(String path) {
        List<Route> snapshot = routes;
        for (Route r : snapshot) { // OK: iterates an immutable snapshot; the refresher publishes a new list instead of modifying this one
            if (path.startsWith(r.pathPrefix())) {
                return r.upstream();
            }
        }
        return "default-upstream";
    }

    public static void main(String[] args) throws InterruptedException {
        ServiceRoutingTable table = new ServiceRoutingTable();
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleWithFixedDelay(() -> {
            long gen = System.nanoTime() % 3;
            table.replaceRoutes(List.of(
                    new Route("/api/orders", "orders-v" + gen, 100),
                    new Route("/api/orders/export", "exports", 100),
                    new Route("/api/users", "users", 100)));
        }, 0, 10, TimeUnit.MILLISECONDS);

        ExecutorService gatewayThreads = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 100_000; i++) {
            String path = i % 2 == 0 ? "/api/orders/export/42" : "/api/users/7";
            gatewayThreads.execute(() -> table.resolve(path));
        }
        gatewayThreads.shutdown();
        gatewayThreads.awaitTermination(30, TimeUnit.SECONDS);
        refresher.shutdownNow();
    }
}
