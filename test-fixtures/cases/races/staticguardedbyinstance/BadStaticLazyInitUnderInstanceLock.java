package races.staticguardedbyinstance;

import java.util.HashMap;
import java.util.Map;

/**
 * A cache shared by all instances, created on first use under each instance's own monitor: two
 * instances take different monitors, so both can see null and create it, and a read after
 * {@code ensureCache} is not ordered after the other instance's write (hadoop HarFileSystem.harMetaCache).
 * The instance's monitor is no guard of the static field, so the read is not reported as one made
 * without it: the write under the wrong lock is the finding.
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
        return cache.get(key);
    }
}
