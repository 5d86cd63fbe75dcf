// EXPECT: none
package probe12b; import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/*
 * Registry of named latency timers. timer(name) is called concurrently by request threads;
 * the exporter thread reads snapshot().
 */
public class TimerRegistry {

    public static final class Timer {
        private final String name;
        private final LongAdder count = new LongAdder();
        private final LongAdder totalNanos = new LongAdder();

        Timer(String name) {
            this.name = name;
        }

        public void record(long nanos) {
            count.increment();
            totalNanos.add(nanos);
        }

        public double meanMillis() {
            long n = count.sum();
            return n == 0 ? 0.0 : totalNanos.sum() / 1_000_000.0 / n;
        }

        public String name() {
            return name;
        }
    }

    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    public Timer timer(String name) {
        Timer existing = timers.get(name);
        if (existing != null) {
            return existing;
        }
        Timer created = new Timer(name);
        Timer raced = timers.putIfAbsent(name, created); // OK: atomic putIfAbsent; a losing caller adopts the winner's timer
        return raced != null ? raced : created;
    }

    public Map<String, Double> snapshot() {
        Map<String, Double> out = new TreeMap<>();
        for (Timer t : timers.values()) {
            out.put(t.name(), t.meanMillis());
        }
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        TimerRegistry registry = new TimerRegistry();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        String[] routes = {"GET /orders", "POST /orders", "GET /users"};
        for (int i = 0; i < 20_000; i++) {
            String route = routes[i % routes.length];
            long nanos = 100_000L + (i % 977) * 1_000L;
            handlers.execute(() -> registry.timer(route).record(nanos));
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(registry.snapshot());
    }
}
