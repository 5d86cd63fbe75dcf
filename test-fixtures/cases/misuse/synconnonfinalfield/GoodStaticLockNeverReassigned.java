package misuse.synconnonfinalfield;

import java.util.HashMap;
import java.util.Map;

/** Handler registry whose static lock object is not final: any code in the class may replace it and split the callers over two monitors. */
public class BadStaticNonFinalLock {
    private static Object registryLock = new Object();
    private static final Map<String, String> HANDLERS = new HashMap<>();

    public static void register(String path, String handler) {
        synchronized (registryLock) { // expect: SyncOnNonFinalField
            HANDLERS.put(path, handler);
        }
    }

    public static String lookup(String path) {
        synchronized (registryLock) { // expect: SyncOnNonFinalField
            return HANDLERS.get(path);
        }
    }
}
