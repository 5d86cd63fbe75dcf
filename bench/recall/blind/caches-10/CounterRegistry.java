// EXPECT: none
package probe10c; import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Named counters for the export job. counter(name) is called concurrently from all writer
 * threads. Counters live for the lifetime of the registry and are never unregistered.
 */
public class CounterRegistry {

    public static final class Counter {
        private final String name;
        private final LongAdder value = new LongAdder();

        Counter(String name) {
            this.name = name;
        }

        public void inc() {
            value.increment();
        }

        public void add(long delta) {
            value.add(delta);
        }

        public long get() {
            return value.sum();
        }

        public String name() {
            return name;
        }
    }

    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

    public Counter counter(String name) {
        Counter c = counters.get(name);
        if (c != null) {
            return c;
        }
        counters.putIfAbsent(name, new Counter(name)); // OK: result ignored but the entry is re-read below; entries are never removed, so get() returns the winning instance
        return counters.get(name);
    }

    public Map<String, Long> dump() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, c) -> out.put(k, c.get()));
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        CounterRegistry registry = new CounterRegistry();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            final int shard = w;
            writers.execute(() -> {
                for (int i = 0; i < 1_000; i++) {
                    registry.counter("exported." + (i % 3)).inc();
                    registry.counter("shard." + shard + ".bytes").add(512);
                }
            });
        }
        writers.shutdown();
        writers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(registry.dump());
    }
}
