// EXPECT: none
package probe.races;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Process-wide metrics registry, reached from any thread through {@link #get()}. */
// OK: singleton uses the initialization-on-demand holder idiom; defaultTags uses double-checked locking on a volatile field with fully built immutable value
public final class MetricsRegistry {
    private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();
    private volatile Map<String, String> defaultTags;

    private MetricsRegistry() {
    }

    private static final class Holder {
        static final MetricsRegistry INSTANCE = new MetricsRegistry();
    }

    public static MetricsRegistry get() {
        return Holder.INSTANCE;
    }

    public Map<String, String> defaultTags() {
        Map<String, String> tags = defaultTags;
        if (tags == null) {
            synchronized (this) {
                tags = defaultTags;
                if (tags == null) {
                    tags = Map.of("service", "billing", "host", System.getProperty("user.name", "unknown"));
                    defaultTags = tags;
                }
            }
        }
        return tags;
    }

    public void increment(String name) {
        counters.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    public long value(String name) {
        LongAdder adder = counters.get(name);
        return adder == null ? 0 : adder.sum();
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] workers = new Thread[6];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    MetricsRegistry.get().increment(i % 2 == 0 ? "invoices.created" : "invoices.sent");
                }
                MetricsRegistry.get().defaultTags();
            }, "billing-worker-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        MetricsRegistry registry = get();
        System.out.println(registry.defaultTags() + " created=" + registry.value("invoices.created"));
    }
}
