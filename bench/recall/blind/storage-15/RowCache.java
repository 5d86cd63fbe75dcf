// EXPECT: none
package probe15a; import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// LRU cache of materialized rows shared by all query threads. A metrics
// reporter periodically samples the resident size.
public class RowCache {
    private final int capacityRows;
    private final LinkedHashMap<String, byte[]> rows; // guarded by this

    public RowCache(int capacityRows) {
        this.capacityRows = capacityRows;
        this.rows = new LinkedHashMap<>(capacityRows, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > RowCache.this.capacityRows;
            }
        };
    }

    public synchronized byte[] get(String key) {
        return rows.get(key);
    }

    public synchronized void put(String key, byte[] row) {
        rows.put(key, row);
    }

    public synchronized byte[] getOrLoad(String key) {
        return rows.computeIfAbsent(key, this::loadRow);
    }

    public long residentBytes() {
        List<byte[]> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(rows.values());
        }
        long total = 0;
        for (byte[] row : snapshot) { // OK: iterates a private copy taken while holding the cache lock
            total += row.length;
        }
        return total;
    }

    private byte[] loadRow(String key) {
        return new byte[128 + Math.abs(key.hashCode() % 256)];
    }

    public static void main(String[] args) throws Exception {
        RowCache cache = new RowCache(256);
        ScheduledExecutorService metrics = Executors.newSingleThreadScheduledExecutor();
        metrics.scheduleAtFixedRate(
                () -> System.out.println("row cache bytes=" + cache.residentBytes()),
                0, 10, TimeUnit.MILLISECONDS);
        ExecutorService queries = Executors.newFixedThreadPool(4);
        for (int q = 0; q < 4; q++) {
            final int seed = q;
            queries.submit(() -> {
                for (int i = 0; i < 200_000; i++) {
                    cache.getOrLoad("row-" + ((i * 31 + seed) % 1024));
                }
            });
        }
        queries.shutdown();
        queries.awaitTermination(30, TimeUnit.SECONDS);
        metrics.shutdown();
    }
}
