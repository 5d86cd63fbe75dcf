package misuse.emptysynchronized;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Settings reader that enters and leaves the loader's lock with an empty block "to wait for loading": it waits only if a load is running right now and guarantees nothing after. */
public class BadEmptyBarrier {
    private final Object loadLock = new Object();
    private final Map<String, String> settings = new ConcurrentHashMap<>();

    public void load(Map<String, String> values) {
        synchronized (loadLock) {
            settings.clear();
            settings.putAll(values);
        }
    }

    public String get(String key) {
        synchronized (loadLock) { // expect: EmptySynchronized['empty synchronized block on `loadLock`']
        }
        return settings.get(key);
    }
}
