package misuse.synconnonfinalfield;

import java.util.HashMap;
import java.util.Map;

/**
 * Handler registry whose static lock object is not final, set by the static initializer only: the class
 * never replaces it, so all callers share one monitor (hadoop NetUtils.hostToResolved, misuse review of
 * 2026-12-03).
 */
public class GoodStaticLockNeverReassigned {
    private static Object registryLock = new Object();
    private static final Map<String, String> HANDLERS = new HashMap<>();

    public static void register(String path, String handler) {
        synchronized (registryLock) {
            HANDLERS.put(path, handler);
        }
    }

    public static String lookup(String path) {
        synchronized (registryLock) {
            return HANDLERS.get(path);
        }
    }
}
