// EXPECT: none
package probe3.mix;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the active API gateway configuration. The config watcher builds a
 * new snapshot on every file change and swaps it in.
 */
// OK: GatewayConfig is immutable (final fields, Map.copyOf) and is published through a volatile field that is replaced as a whole, never mutated
public class GatewayConfigPublisher {

    static final class GatewayConfig {
        private final int rateLimitPerSecond;
        private final Map<String, String> upstreams;
        private final boolean maintenanceMode;

        GatewayConfig(int rateLimitPerSecond, Map<String, String> upstreams, boolean maintenanceMode) {
            this.rateLimitPerSecond = rateLimitPerSecond;
            this.upstreams = Map.copyOf(upstreams);
            this.maintenanceMode = maintenanceMode;
        }

        int rateLimitPerSecond() { return rateLimitPerSecond; }
        String upstreamFor(String service) { return upstreams.get(service); }
        boolean maintenanceMode() { return maintenanceMode; }
    }

    private volatile GatewayConfig active;
    private final AtomicInteger rejected = new AtomicInteger();

    public GatewayConfigPublisher(GatewayConfig initial) {
        this.active = initial;
    }

    /** Called from the file-watcher thread. */
    public void onConfigChanged(int rateLimit, Map<String, String> upstreams, boolean maintenance) {
        active = new GatewayConfig(rateLimit, upstreams, maintenance);
    }

    public String route(String service) {
        GatewayConfig cfg = active;
        if (cfg.maintenanceMode()) {
            rejected.incrementAndGet();
            return "503";
        }
        String upstream = cfg.upstreamFor(service);
        return upstream == null ? "404" : upstream;
    }

    public static void main(String[] args) throws InterruptedException {
        GatewayConfigPublisher pub = new GatewayConfigPublisher(
                new GatewayConfig(100, Map.of("billing", "http://billing:8080"), false));
        Thread watcher = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                pub.onConfigChanged(100 + i, Map.of("billing", "http://billing-" + i + ":8080"), i % 10 == 9);
            }
        }, "config-watcher");
        ExecutorService requests = Executors.newFixedThreadPool(4);
        watcher.start();
        for (int i = 0; i < 5_000; i++) {
            requests.execute(() -> pub.route("billing"));
        }
        watcher.join();
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("rejected=" + pub.rejected.get());
    }
}
