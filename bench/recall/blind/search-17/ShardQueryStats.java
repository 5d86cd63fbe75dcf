// EXPECT: none
package probe17a; import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-shard query statistics exposed by the stats endpoint. record() is called by
 * every search thread after a shard-level query completes.
 */
public class ShardQueryStats {

    private final Map<Integer, Long> queryCountByShard = new ConcurrentHashMap<>();
    private final AtomicLong slowestMillis = new AtomicLong();
    private final long slowThresholdMillis;

    public ShardQueryStats(long slowThresholdMillis) {
        this.slowThresholdMillis = slowThresholdMillis;
    }

    public void record(int shardId, long tookMillis) {
        queryCountByShard.merge(shardId, 1L, Long::sum); // OK: ConcurrentHashMap.merge performs the read-add-write atomically for the key
        slowestMillis.accumulateAndGet(tookMillis, Math::max);
    }

    public boolean hasSlowQueries() {
        return slowestMillis.get() >= slowThresholdMillis;
    }

    public long slowestMillis() {
        return slowestMillis.get();
    }

    public Map<Integer, Long> queryCountsByShard() {
        return new TreeMap<>(queryCountByShard);
    }

    public long totalQueries() {
        long total = 0;
        for (long c : queryCountByShard.values()) {
            total += c;
        }
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        ShardQueryStats stats = new ShardQueryStats(40);
        ExecutorService searchThreads = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            final int id = t;
            searchThreads.submit(() -> {
                for (int i = 0; i < 25_000; i++) {
                    stats.record((i + id) % 5, (i * 13L + id) % 50);
                }
            });
        }
        searchThreads.shutdown();
        searchThreads.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("total=" + stats.totalQueries() + " slow=" + stats.hasSlowQueries());
        System.out.println(stats.queryCountsByShard() + " slowest=" + stats.slowestMillis());
    }
}
