// EXPECT: compound-atomic-update @ line 35
package probe17a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shard-level query result cache that reports its RAM footprint to the circuit breaker.
 * get() is called concurrently by the search thread pool; misses compute and insert.
 */
public class QueryResultCache {

    public record CachedResult(String query, int[] topDocs) {
        long ramBytes() {
            return 48L + 2L * query.length() + 4L * topDocs.length;
        }
    }

    private final Map<String, CachedResult> entries = new ConcurrentHashMap<>();
    private final AtomicLong ramBytesUsed = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public CachedResult get(String query) {
        CachedResult cached = entries.get(query);
        if (cached != null) {
            hits.incrementAndGet();
            return cached;
        }
        misses.incrementAndGet();
        CachedResult computed = execute(query);
        if (entries.putIfAbsent(query, computed) == null) {
            ramBytesUsed.set(ramBytesUsed.get() + computed.ramBytes()); // BUG: get-then-set on AtomicLong is not atomic; concurrent inserts lose updates to the RAM accounting
        }
        return computed;
    }

    public void invalidate(String query) {
        CachedResult removed = entries.remove(query);
        if (removed != null) {
            ramBytesUsed.addAndGet(-removed.ramBytes());
        }
    }

    private static CachedResult execute(String query) {
        int[] docs = new int[10];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = Math.floorMod(query.hashCode() * 31 + i, 1_000_000);
        }
        return new CachedResult(query, docs);
    }

    public long ramBytesUsed() {
        return ramBytesUsed.get();
    }

    public String stats() {
        return "hits=" + hits.get() + " misses=" + misses.get() + " ram=" + ramBytesUsed.get();
    }

    public static void main(String[] args) throws InterruptedException {
        QueryResultCache cache = new QueryResultCache();
        ExecutorService searchPool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            final int id = t;
            searchPool.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    cache.get("title:term" + ((i * 7 + id) % 3_000));
                    if (i % 50 == 0) {
                        cache.invalidate("title:term" + (i % 3_000));
                    }
                }
            });
        }
        searchPool.shutdown();
        searchPool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(cache.stats());
    }
}
