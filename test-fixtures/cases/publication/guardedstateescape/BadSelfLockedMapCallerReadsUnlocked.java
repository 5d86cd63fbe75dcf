package publication.guardedstateescape;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The same watch manager, with one more user that reads the handed-out map without its monitor while
 * other threads change it under that monitor.
 */
public class BadSelfLockedMapCallerReadsUnlocked {
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
        return dataWatches; // expect: GuardedStateEscape['returns `dataWatches`']
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

    public int watchCount(String path) {
        Set<String> watchers = getDataWatches().get(path);
        return watchers == null ? 0 : watchers.size();
    }
}
