// EXPECT: put-if-absent-ignored @ line 50
package probe10c; import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Named event meters for the transformation pipeline.
 * meter(name) is called from any pipeline stage thread; report() runs on the reporter thread.
 */
public class MetricRegistry {

    public static final class Meter {
        private final String name;
        private final LongAdder count = new LongAdder();

        Meter(String name) {
            this.name = name;
        }

        public void mark() {
            count.increment();
        }

        public void mark(long n) {
            count.add(n);
        }

        public long count() {
            return count.sum();
        }

        public String name() {
            return name;
        }
    }

    private final ConcurrentMap<String, Meter> meters = new ConcurrentHashMap<>();

    public Meter meter(String name) {
        Meter m = meters.get(name);
        if (m != null) {
            return m;
        }
        m = new Meter(name);
        meters.putIfAbsent(name, m); // BUG: putIfAbsent result ignored; the losing thread returns an unregistered meter whose marks never get reported
        return m;
    }

    public Map<String, Long> report() {
        Map<String, Long> out = new TreeMap<>();
        for (Meter m : meters.values()) {
            out.put(m.name(), m.count());
        }
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        MetricRegistry registry = new MetricRegistry();
        ExecutorService stages = Executors.newFixedThreadPool(4);
        String[] stageNames = {"parse", "validate", "enrich", "write"};
        for (String stage : stageNames) {
            stages.execute(() -> {
                for (int i = 0; i < 1_000; i++) {
                    registry.meter("rows." + (i % 5)).mark();
                    registry.meter(stage + ".done").mark();
                }
            });
        }
        stages.shutdown();
        stages.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(registry.report());
    }
}
