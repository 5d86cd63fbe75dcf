// EXPECT: none
package recall2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Thread-safe LRU cache of parsed statements. Because an access-ordered LinkedHashMap
 * mutates on get(), every access, including reads, goes through the cache monitor.
 */
public class SynchronizedLruCache<K, V> {

    private final LinkedHashMap<K, V> map;
    private long hits;
    private long misses;

    public SynchronizedLruCache(final int maxEntries) {
        this.map = new LinkedHashMap<K, V>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public synchronized V get(K key) {
        V v = map.get(key);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    public synchronized void put(K key, V value) {
        map.put(key, value);
    }

    public synchronized List<K> keysMostRecentLast() {
        return new ArrayList<>(map.keySet());
    }

    public synchronized double hitRatio() {
        long total = hits + misses;
        return total == 0 ? 0.0 : (double) hits / total;
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronizedLruCache<Integer, String> cache = new SynchronizedLruCache<>(100);
        ExecutorService sessions = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            sessions.execute(() -> {
                for (int i = 0; i < 100_000; i++) {
                    int key = ThreadLocalRandom.current().nextInt(200);
                    if (cache.get(key) == null) {
                        cache.put(key, "SELECT * FROM t WHERE id = " + key);
                    }
                }
            });
        }
        sessions.shutdown();
        sessions.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("hit ratio %.2f%n", cache.hitRatio());
    }
}
