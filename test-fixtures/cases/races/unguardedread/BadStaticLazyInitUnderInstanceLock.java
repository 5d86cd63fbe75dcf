package races.unguardedread;

import java.util.HashMap;
import java.util.Map;

/**
 * A cache shared by all instances, created on first use under each instance's own monitor: two
 * instances take different monitors, so both can see null and create it, and a read after
 * {@code ensureCache} is not ordered after the other instance's write (hadoop HarFileSystem.harMetaCache).
 */
public class BadStaticLazyInitUnderInstanceLock {
    private static Map<String, String> cache;

    private synchronized void ensureCache() {
        if (cache == null) {
            cache = new HashMap<>(); // expect: StaticGuardedByInstance['static `cache` is written holding only `this`']
        }
    }

    public String lookup(String key) {
        ensureCache();
        return cache.get(key); // expect: UnguardedRead['`cache` is read without `this`'], UnguardedRead['`cache.get()` is read without `this`']
    }
}
