// EXPECT: none
package probe6b;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loading cache whose entries expire a fixed time after they were loaded, e.g. for
 * resolved host addresses in a client library.
 *
 * <p><b>Thread-safety:</b> {@link #get(Object)} may be called from any thread. Expired
 * entries are purged by a daemon thread ({@code cache-sweeper}) run by a scheduled
 * executor owned by the cache.
 */
public final class ExpiringCache<K, V> implements AutoCloseable {

    /** Immutable cache entry. */
    private static final class Entry<V> {
        final V value;
        final long expiresAtNanos;

        Entry(V value, long expiresAtNanos) {
            this.value = value;
            this.expiresAtNanos = expiresAtNanos;
        }

        boolean isExpired(long nowNanos) {
            return nowNanos - expiresAtNanos >= 0;
        }
    }

    private final ConcurrentMap<K, Entry<V>> map = new ConcurrentHashMap<>();
    private final Function<? super K, ? extends V> loader;
    private final long ttlNanos;
    private final ScheduledExecutorService sweeper;

    private ExpiringCache(Function<? super K, ? extends V> loader, long ttlNanos) {
        this.loader = loader;
        this.ttlNanos = ttlNanos;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cache-sweeper");
            t.setDaemon(true);
            return t;
        });
    }

    public static <K, V> ExpiringCache<K, V> create(Function<? super K, ? extends V> loader,
                                                    long ttl, TimeUnit unit) {
        ExpiringCache<K, V> cache = new ExpiringCache<>(loader, unit.toNanos(ttl));
        cache.sweeper.scheduleWithFixedDelay(cache::purgeExpired, ttl, ttl, unit);
        return cache;
    }

    /** Returns the cached value, loading it on a miss or after expiry. Thread-safe. */
    public V get(K key) {
        Entry<V> e = map.computeIfAbsent(key, this::load); // OK: ConcurrentHashMap.computeIfAbsent loads and inserts atomically; entries are immutable and safely published by the map
        if (e.isExpired(System.nanoTime())) {
            e = map.compute(key, (k, old) ->
                    old == null || old.isExpired(System.nanoTime()) ? load(k) : old);
        }
        return e.value;
    }

    private Entry<V> load(K key) {
        return new Entry<>(loader.apply(key), System.nanoTime() + ttlNanos);
    }

    /** Runs on the cache-sweeper thread; removal is conditional on the stale value. */
    private void purgeExpired() {
        long now = System.nanoTime();
        map.values().removeIf(e -> e.isExpired(now));
    }

    public int size() {
        return map.size();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        ExpiringCache<String, String> dns = create(
                host -> "10.0.0." + (Math.abs(host.hashCode()) % 250), 200, TimeUnit.MILLISECONDS);
        ExecutorService clientThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String host = "svc-" + (i % 32) + ".internal";
            clientThreads.submit(() -> dns.get(host));
        }
        clientThreads.shutdown();
        clientThreads.awaitTermination(10, TimeUnit.SECONDS);
        dns.close();
    }
}
