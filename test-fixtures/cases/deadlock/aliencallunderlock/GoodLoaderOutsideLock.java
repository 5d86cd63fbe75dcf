package deadlock.aliencallunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The memoizing cache checks and stores under its monitor but runs the caller's loader between the two synchronized blocks, with no lock held; a racing load is resolved by keeping the first stored value. */
public final class GoodLoaderOutsideLock<K, V> {
    private final Map<K, V> cache = new HashMap<>();

    public V get(K key, Function<? super K, ? extends V> loader) {
        synchronized (this) {
            V cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V loaded = loader.apply(key);
        synchronized (this) {
            V raced = cache.putIfAbsent(key, loaded);
            return raced != null ? raced : loaded;
        }
    }

    public synchronized int size() {
        return cache.size();
    }
}
