// EXPECT: check-then-act @ line 45
package recall2;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Registry of named counters shared by the whole application (Dropwizard-metrics style).
 */
public class MetricRegistry {

    public static final class Counter {
        private final String name;
        private final LongAdder count = new LongAdder();

        Counter(String name) {
            this.name = name;
        }

        public void inc() {
            count.increment();
        }

        public long getCount() {
            return count.sum();
        }

        public String getName() {
            return name;
        }
    }

    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

    /** Returns the counter with the given name, creating and registering it if needed. */
    public Counter counter(String name) {
        Counter c = counters.get(name);
        if (c == null) {
            c = new Counter(name);
            counters.put(name, c);
        }
        return c;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> result = new java.util.TreeMap<>();
        counters.forEach((k, v) -> result.put(k, v.getCount()));
        return result;
    }

    public static void main(String[] args) throws InterruptedException {
        MetricRegistry registry = new MetricRegistry();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100_000; i++) {
            final String name = "requests." + (i % 10);
            pool.execute(() -> registry.counter(name).inc());
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(registry.snapshot());
    }
}
