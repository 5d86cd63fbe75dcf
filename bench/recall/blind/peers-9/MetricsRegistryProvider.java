// EXPECT: none
package probe9a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide metrics registry, created lazily on first use. getInstance is
 * called concurrently by every request handler that records a metric.
 */
public class MetricsRegistryProvider {

    private static volatile MetricsRegistryProvider instance;

    private Map<String, LongAdder> counters;
    private String prefix;

    private MetricsRegistryProvider() {
        counters = new ConcurrentHashMap<>();
        prefix = System.getProperty("metrics.prefix", "app.");
    }

    public static MetricsRegistryProvider getInstance() {
        MetricsRegistryProvider local = instance;
        if (local == null) { // OK: field is volatile, so the published instance is fully constructed
            synchronized (MetricsRegistryProvider.class) {
                local = instance;
                if (local == null) {
                    local = new MetricsRegistryProvider();
                    instance = local;
                }
            }
        }
        return local;
    }

    public void increment(String name) {
        counters.computeIfAbsent(prefix + name, k -> new LongAdder()).increment();
    }

    public long count(String name) {
        LongAdder adder = counters.get(prefix + name);
        return adder == null ? 0 : adder.sum();
    }

    public static void main(String[] args) throws InterruptedException {
        String[] endpoints = {"orders", "users", "search", "health"};
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 4_000; i++) {
            final String endpoint = endpoints[i % endpoints.length];
            handlers.submit(() -> MetricsRegistryProvider.getInstance().increment("requests." + endpoint));
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("orders: " + MetricsRegistryProvider.getInstance().count("requests.orders"));
    }
}
