// EXPECT: none
package recall;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class ComputeIfAbsentCache {
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> hits = new ConcurrentHashMap<>();

    public byte[] get(String key) {
        hits.merge(key, 1, Integer::sum);
        return cache.computeIfAbsent(key, ComputeIfAbsentCache::load);
    }

    private static byte[] load(String key) {
        return key.getBytes();
    }

    public static void main(String[] args) throws InterruptedException {
        ComputeIfAbsentCache c = new ComputeIfAbsentCache();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            final String k = "k" + (i % 50);
            pool.execute(() -> c.get(k));
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(c.hits);
    }
}
