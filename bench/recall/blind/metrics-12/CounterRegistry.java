// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 47
package probe12b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/*
 * Process-wide registry of named counters. Request handlers look counters up by name
 * on the hot path (counter("api.orders.created").increment()), concurrently from many threads;
 * the exporter calls snapshot() from its own thread.
 */
public class CounterRegistry {

    public static final class Counter {
        private final String name;
        private final LongAdder value = new LongAdder();

        Counter(String name) {
            this.name = name;
        }

        public void increment() {
            value.increment();
        }

        public void add(long n) {
            value.add(n);
        }

        public long sum() {
            return value.sum();
        }

        public String name() {
            return name;
        }
    }

    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    public Counter counter(String name) {
        Counter existing = counters.get(name);
        if (existing == null) {
            existing = new Counter(name);
            counters.put(name, existing); // BUG: check-then-act; a concurrent caller's counter is overwritten and its increments are lost
        }
        return existing;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Counter c : counters.values()) {
            out.put(c.name(), c.sum());
        }
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        CounterRegistry registry = new CounterRegistry();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        String[] endpoints = {"orders", "users", "carts", "search"};
        for (int i = 0; i < 20_000; i++) {
            String name = "api." + endpoints[i % endpoints.length] + ".requests";
            handlers.execute(() -> registry.counter(name).increment());
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(registry.snapshot());
    }
}
