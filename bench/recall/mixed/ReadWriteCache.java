// EXPECT: none
package recall3;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Read-mostly cache shared by request threads. Lookups take the read lock; inserts take the
 * write lock and re-check, so a value stored by a racing thread is never overwritten. The
 * loader runs outside any lock.
 */
@ReadWriteCache.ThreadSafe
public class ReadWriteCache<K, V> {

    /** Instances may be shared between threads. */
    public @interface ThreadSafe {}

    /** The annotated field is only accessed while holding the named lock. */
    public @interface GuardedBy {
        String value();
    }

    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    @GuardedBy("rw")
    private final Map<K, V> map = new HashMap<>();
    private final Function<? super K, ? extends V> loader;

    public ReadWriteCache(Function<? super K, ? extends V> loader) {
        this.loader = loader;
    }

    public V get(K key) {
        rw.readLock().lock();
        try {
            V cached = map.get(key);
            if (cached != null) {
                return cached;
            }
        } finally {
            rw.readLock().unlock();
        }
        V loaded = loader.apply(key);
        rw.writeLock().lock();
        try {
            V existing = map.get(key);
            if (existing != null) {
                return existing;
            }
            map.put(key, loaded);
            return loaded;
        } finally {
            rw.writeLock().unlock();
        }
    }

    public void invalidate(K key) {
        rw.writeLock().lock();
        try {
            map.remove(key);
        } finally {
            rw.writeLock().unlock();
        }
    }

    public int size() {
        rw.readLock().lock();
        try {
            return map.size();
        } finally {
            rw.readLock().unlock();
        }
    }
}
