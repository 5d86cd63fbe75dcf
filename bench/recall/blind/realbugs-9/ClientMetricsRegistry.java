// EXPECT: none
package probe9b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-host request counters for an outbound HTTP client.
 * record() is invoked concurrently by all threads that issue requests;
 * a reporter thread periodically calls hosts().
 */
public class ClientMetricsRegistry {

    public static final class Counter {
        private final LongAdder requests = new LongAdder();
        private final LongAdder failures = new LongAdder();

        void update(boolean ok) {
            requests.increment();
            if (!ok) {
                failures.increment();
            }
        }

        public long requests() {
            return requests.sum();
        }

        public long failures() {
            return failures.sum();
        }
    }

    private final Map<String, Counter> counters = new HashMap<>();

    public synchronized Counter counter(String host) {
        Counter c = counters.get(host);
        if (c == null) {
            c = new Counter();
            counters.put(host, c); // OK: every access to the plain HashMap happens inside a synchronized method on this registry
        }
        return c;
    }

    public synchronized List<String> hosts() {
        return new ArrayList<>(counters.keySet());
    }

    public void record(String host, boolean ok) {
        counter(host).update(ok);
    }

    public static void main(String[] args) throws InterruptedException {
        ClientMetricsRegistry registry = new ClientMetricsRegistry();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String host = "backend-" + (i % 13) + ".internal";
            boolean ok = i % 17 != 0;
            callers.execute(() -> registry.record(host, ok));
        }
        callers.shutdown();
        callers.awaitTermination(10, TimeUnit.SECONDS);
        for (String h : registry.hosts()) {
            System.out.println(h + " " + registry.counter(h).requests());
        }
    }
}
