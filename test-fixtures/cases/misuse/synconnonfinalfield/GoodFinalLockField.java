package misuse.synconnonfinalfield;

import java.util.HashMap;
import java.util.Map;

/** Cache that synchronizes on a private final lock and clears the map in place: every thread always uses the same monitor. */
public class GoodFinalLockField {
    private final Object lock = new Object();
    private final Map<String, byte[]> cache = new HashMap<>();

    public byte[] get(String key) {
        synchronized (lock) {
            return cache.get(key);
        }
    }

    public void put(String key, byte[] value) {
        synchronized (lock) {
            cache.put(key, value);
        }
    }

    public void clear() {
        synchronized (lock) {
            cache.clear();
        }
    }
}
