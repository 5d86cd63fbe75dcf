package deadlock.aliencallunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** A memoizing cache runs the caller-supplied loader function while holding its monitor: a slow loader blocks every lookup, and a loader that touches another locked object can deadlock. */
public final class BadLoaderUnderLock<K, V> {
    private final Map<K, V> cache = new HashMap<>();

    public synchronized V get(K key, Function<? super K, ? extends V> loader) {
        V value = cache.get(key);
        if (value == null) {
            value = loader.apply(key); // expect: AlienCallUnderLock['`loader.apply()` on a `Function`, handed in by callers of `BadLoaderUnderLock.get`']
            cache.put(key, value);
        }
        return value;
    }

    public synchronized int size() {
        return cache.size();
    }
}
