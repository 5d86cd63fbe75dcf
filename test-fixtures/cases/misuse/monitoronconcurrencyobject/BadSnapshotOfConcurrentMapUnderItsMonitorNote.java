package misuse.monitoronconcurrencyobject;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A copy of a concurrent map's keys is taken under the map's monitor, which its changes never take: the
 * block makes one call on the map, which the map already makes safe, so the monitor is only redundant
 * there; a note (mina's DefaultIoSessionAttributeMap.getAttributeKeys).
 */
public class BadSnapshotOfConcurrentMapUnderItsMonitorNote {
    private final ConcurrentHashMap<String, Object> attributes = new ConcurrentHashMap<>();

    public Set<String> keys() {
        synchronized (attributes) { // expect: MonitorOnConcurrencyObject['the block makes one call on it, which the collection makes safe on its own']
            return new HashSet<>(attributes.keySet());
        }
    }

    public void put(String key, Object value) {
        attributes.put(key, value);
    }
}
