package races.staticguardedbyinstance;

import java.util.Map;

/** A loader that publishes the last loaded table in a static field inside synchronized (this): loaders on other instances do not wait. */
public class BadSyncThisStaticCache {
    private static Map<String, String> lastLoaded = Map.of();
    private static long loadCount;

    public void load(Map<String, String> table) {
        synchronized (this) {
            lastLoaded = Map.copyOf(table); // expect: StaticGuardedByInstance['static `lastLoaded` is written holding only `this`']
            loadCount++; // expect: StaticGuardedByInstance['static `loadCount` is written holding only `this`']
        }
    }

    public String lookup(String key) {
        synchronized (this) {
            return lastLoaded.get(key);
        }
    }

    public long loadCount() {
        synchronized (this) {
            return loadCount;
        }
    }
}
