package publication.guardedstateescape;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A watch manager whose maps are guarded by their own monitors: the getter hands a map out, and its one
 * user (through a registration that picks the map) takes that same monitor around every use, so the
 * lock travels with the map.
 */
public class GoodSelfLockedMapCallersLockIt {
    private final Map<String, Set<String>> dataWatches = new HashMap<>();

    public void clearAll() {
        synchronized (dataWatches) {
            dataWatches.clear();
        }
    }

    public void remove(String path) {
        synchronized (dataWatches) {
            dataWatches.remove(path);
        }
    }

    Map<String, Set<String>> getDataWatches() {
        return dataWatches;
    }

    Map<String, Set<String>> watchesFor(int rc) {
        return getDataWatches();
    }

    public void register(int rc, String path, String watcher) {
        Map<String, Set<String>> watches = watchesFor(rc);
        synchronized (watches) {
            Set<String> watchers = watches.get(path);
            if (watchers == null) {
                watchers = new HashSet<>();
                watches.put(path, watchers);
            }
            watchers.add(watcher);
        }
    }
}
