// EXPECT: spin-on-plain-field @ line 29
package probe9a; import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Product image cache that is pre-loaded by a background thread at startup.
 * Request threads that arrive before warm-up has finished busy-wait for it,
 * because warm-up normally takes only a few milliseconds.
 */
public class CacheWarmer {

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private boolean warmedUp;

    public void warmUp(List<String> keys) {
        for (String key : keys) {
            cache.put(key, loadFromStore(key));
        }
        warmedUp = true;
    }

    public byte[] get(String key) {
        while (!warmedUp) { // BUG: spins on a plain field; the read may be hoisted and the loop never exit
            Thread.onSpinWait();
        }
        byte[] value = cache.get(key);
        if (value != null) {
            hits.incrementAndGet();
            return value;
        }
        return cache.computeIfAbsent(key, CacheWarmer::loadFromStore);
    }

    private static byte[] loadFromStore(String key) {
        byte[] data = new byte[64];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (key.hashCode() >>> (i % 24));
        }
        return data;
    }

    public long hits() {
        return hits.get();
    }

    public static void main(String[] args) throws InterruptedException {
        CacheWarmer cache = new CacheWarmer();
        List<String> hot = List.of("sku-1", "sku-2", "sku-3", "sku-4", "sku-5");

        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            final String key = "sku-" + (i % 8);
            requests.submit(() -> cache.get(key));
        }

        Thread warmer = new Thread(() -> cache.warmUp(hot), "cache-warmer");
        warmer.start();

        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
        warmer.join();
        System.out.println("hits: " + cache.hits());
    }
}
