package misuse.synconnonfinalfield;

import java.util.HashMap;
import java.util.Map;

/** Cache that synchronizes on its map and replaces the map in clear(): a thread entering after the swap locks the new map while another still works in the old one. */
public class BadReassignedMonitor {
    private Map<String, byte[]> cache = new HashMap<>(); // related: SyncOnNonFinalField['`cache` is declared here without final']

    public byte[] get(String key) {
        synchronized (cache) { // expect: SyncOnNonFinalField['synchronized on non-final field `cache`, which `BadReassignedMonitor.clear` assigns a new object']
            return cache.get(key);
        }
    }

    public void put(String key, byte[] value) {
        synchronized (cache) { // expect: SyncOnNonFinalField
            cache.put(key, value);
        }
    }

    public void clear() {
        synchronized (cache) { // expect: SyncOnNonFinalField
            cache = new HashMap<>(); // related: SyncOnNonFinalField['`cache` is reassigned here']
        }
    }
}
