// EXPECT: check-then-act @ line 33
package probe10c; import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-partition ingest statistics.
 * record() is called concurrently by every thread of the ingest pool;
 * snapshot() is called by the metrics endpoint thread.
 */
public class PartitionStatsRegistry {

    static final class PartitionStats {
        final LongAdder records = new LongAdder();
        final LongAdder bytes = new LongAdder();

        void add(int size) {
            records.increment();
            bytes.add(size);
        }
    }

    private final ConcurrentHashMap<String, PartitionStats> stats = new ConcurrentHashMap<>();

    public void record(String partition, int size) {
        PartitionStats s = stats.get(partition);
        if (s == null) {
            s = new PartitionStats();
            stats.put(partition, s); // BUG: check-then-act on get/put; a concurrent put for the same partition replaces this entry and its counts are lost
        }
        s.add(size);
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        stats.forEach((k, v) -> out.put(k, v.records.sum()));
        return out;
    }

    public long totalBytes() {
        long total = 0;
        for (PartitionStats s : stats.values()) {
            total += s.bytes.sum();
        }
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        PartitionStatsRegistry registry = new PartitionStatsRegistry();
        ExecutorService ingestPool = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            ingestPool.execute(() -> {
                for (int i = 0; i < 50_000; i++) {
                    registry.record("p-" + (i % 16), 128 + (i % 64));
                }
            });
        }
        ingestPool.shutdown();
        ingestPool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(registry.snapshot() + " bytes=" + registry.totalBytes());
    }
}
