package misuse.synconnonfinalfield;

import java.util.HashMap;
import java.util.Map;

/**
 * The registry's static lock is replaced by reload(), a public method other threads may call while
 * readers hold the old lock: a reader and a writer then hold different monitors and both touch the map.
 */
public class BadStaticLockSwappedOnReload {
    private static Object lock = new Object();
    private static final Map<String, String> ROUTES = new HashMap<>();

    public static String route(String path) {
        synchronized (lock) { // expect: SyncOnNonFinalField['which `BadStaticLockSwappedOnReload.reload` assigns a new object while other threads may be locking on it']
            return ROUTES.get(path);
        }
    }

    public static void reload(Map<String, String> routes) {
        lock = new Object(); // related: SyncOnNonFinalField['`lock` is reassigned here']
        synchronized (lock) { // expect: SyncOnNonFinalField
            ROUTES.clear();
            ROUTES.putAll(routes);
        }
    }
}
