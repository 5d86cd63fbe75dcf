// EXPECT: check-then-act @ line 35
package probe9b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Cache whose entries are refreshed periodically in the background once they
 * have been requested. get() is called concurrently by request threads.
 */
public class RefreshingCache<K, V> {
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final Map<K, ScheduledFuture<?>> refreshTasks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newScheduledThreadPool(2);
    private final Function<K, V> loader;
    private final long refreshMillis;

    public RefreshingCache(Function<K, V> loader, long refreshMillis) {
        this.loader = loader;
        this.refreshMillis = refreshMillis;
    }

    public V get(K key) {
        V v = values.computeIfAbsent(key, loader);
        ensureRefreshScheduled(key);
        return v;
    }

    private void ensureRefreshScheduled(K key) {
        if (!refreshTasks.containsKey(key)) {
            refreshTasks.put(key, refresher.scheduleAtFixedRate( // BUG: containsKey-then-put is not atomic; concurrent misses schedule duplicate refresh tasks and the overwritten future can never be cancelled
                    () -> values.put(key, loader.apply(key)), refreshMillis, refreshMillis, TimeUnit.MILLISECONDS));
        }
    }

    public void invalidate(K key) {
        ScheduledFuture<?> task = refreshTasks.remove(key);
        if (task != null) {
            task.cancel(false);
        }
        values.remove(key);
    }

    public void close() {
        refresher.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        RefreshingCache<String, String> cache =
                new RefreshingCache<>(k -> k.toUpperCase() + "@" + System.currentTimeMillis(), 50);
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String key = "user-" + (i % 50);
            requestThreads.execute(() -> cache.get(key));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        for (int i = 0; i < 50; i++) {
            cache.invalidate("user-" + i);
        }
        cache.close();
    }
}
