// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 17
package probe13b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/*
 * Process-wide cache of rendered GET responses, lazily created on first use.
 * getInstance() and lookup()/store() are called concurrently by request threads.
 */
public class ResponseCacheRegistry {

    public record CachedResponse(int status, String body, long expiresAtMillis) {
    }

    private static ResponseCacheRegistry instance; // BUG: double-checked locking on a non-volatile field; readers may see a partially constructed registry (entries == null)

    private Map<String, CachedResponse> entries;
    private long ttlMillis;

    private ResponseCacheRegistry(long ttlMillis) {
        this.entries = new ConcurrentHashMap<>();
        this.ttlMillis = ttlMillis;
    }

    public static ResponseCacheRegistry getInstance() {
        if (instance == null) {
            synchronized (ResponseCacheRegistry.class) {
                if (instance == null) {
                    instance = new ResponseCacheRegistry(Long.getLong("cache.ttl.ms", 5_000L));
                }
            }
        }
        return instance;
    }

    public CachedResponse lookup(String uri, long nowMillis) {
        CachedResponse cached = entries.get(uri);
        if (cached == null || cached.expiresAtMillis() <= nowMillis) {
            return null;
        }
        return cached;
    }

    public void store(String uri, int status, String body, long nowMillis) {
        entries.put(uri, new CachedResponse(status, body, nowMillis + ttlMillis));
    }

    public void purgeExpired(long nowMillis) {
        entries.values().removeIf(c -> c.expiresAtMillis() <= nowMillis);
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            String uri = "/products/" + (i % 20);
            requestThreads.execute(() -> {
                ResponseCacheRegistry cache = ResponseCacheRegistry.getInstance();
                long now = System.currentTimeMillis();
                if (cache.lookup(uri, now) == null) {
                    cache.store(uri, 200, "<html>" + uri + "</html>", now);
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
