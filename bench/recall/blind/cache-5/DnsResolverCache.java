// EXPECT: unguarded-access-in-subclass @ line 69
package probe5.cache;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small TTL cache for host name resolutions.
 * <p>
 * All access to {@link #entries} is guarded by the cache's own monitor.
 */
public class DnsResolverCache {

    protected record Entry(String address, long expiresAtMillis) {
    }

    protected final Map<String, Entry> entries = new HashMap<>(); // guarded by this
    private final long ttlMillis;

    public DnsResolverCache(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    public synchronized Optional<String> lookup(String host, long nowMillis) {
        Entry e = entries.get(host);
        if (e == null || e.expiresAtMillis() <= nowMillis) {
            return Optional.empty();
        }
        return Optional.of(e.address());
    }

    public synchronized void store(String host, String address, long nowMillis) {
        entries.put(host, new Entry(address, nowMillis + ttlMillis));
    }

    public synchronized int size() {
        return entries.size();
    }

    protected long ttlMillis() {
        return ttlMillis;
    }

    protected static String resolve(String host) {
        return "10.0." + Math.floorMod(host.hashCode(), 256) + ".1";
    }

    /** Variant that refreshes popular host names ahead of expiry on a background pool. */
    public static class PrefetchingResolverCache extends DnsResolverCache {
        private final ExecutorService prefetcher = Executors.newFixedThreadPool(2);

        public PrefetchingResolverCache(long ttlMillis) {
            super(ttlMillis);
        }

        public void prefetch(List<String> hosts) {
            for (String host : hosts) {
                prefetcher.execute(() -> refresh(host));
            }
        }

        private void refresh(String host) {
            long now = System.currentTimeMillis();
            entries.put(host, new Entry(resolve(host), now + ttlMillis())); // BUG: writes the superclass's monitor-guarded HashMap from pool threads without synchronizing
        }

        public void shutdown() throws InterruptedException {
            prefetcher.shutdown();
            if (!prefetcher.awaitTermination(5, TimeUnit.SECONDS)) {
                prefetcher.shutdownNow();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PrefetchingResolverCache cache = new PrefetchingResolverCache(30_000);
        try {
            cache.prefetch(List.of("api.example.com", "auth.example.com", "cdn.example.com"));
            for (int i = 0; i < 100; i++) {
                cache.store("host" + i + ".example.com", "10.1.0." + i, System.currentTimeMillis());
            }
        } finally {
            cache.shutdown();
        }
        System.out.println(cache.lookup("api.example.com", System.currentTimeMillis()) + " size=" + cache.size());
    }
}
