// EXPECT: race-write @ line 34
package recall2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Bounded least-recently-used cache for query results, shared by all query threads.
 * Writers are serialized on the cache monitor; lookups are on the hot path.
 */
public class LruResultCache<K, V> {

    private final Map<K, V> map;
    private final int maxEntries;

    public LruResultCache(final int maxEntries) {
        this.maxEntries = maxEntries;
        this.map = new LinkedHashMap<K, V>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruResultCache.this.maxEntries;
            }
        };
    }

    /** Lookup deliberately avoids the lock because it is called on every query. */
    public V get(K key) {
        return map.get(key);
    }

    public synchronized void put(K key, V value) {
        map.put(key, value);
    }

    public synchronized V remove(K key) {
        return map.remove(key);
    }

    public synchronized int size() {
        return map.size();
    }

    public synchronized void clear() {
        map.clear();
    }

    public static void main(String[] args) throws InterruptedException {
        LruResultCache<Integer, String> cache = new LruResultCache<>(100);
        ExecutorService queryThreads = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            queryThreads.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                for (int i = 0; i < 100_000; i++) {
                    int key = rnd.nextInt(200);
                    if (cache.get(key) == null) {
                        cache.put(key, "row-" + key);
                    }
                }
            });
        }
        queryThreads.shutdown();
        queryThreads.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(cache.size());
    }
}
