package races.mutablestaticstate;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Look-alikes of BadStaticRegistryChangedByTasks: one registry is a ConcurrentHashMap, the other is
 * changed under the class's monitor.
 */
public class GoodStaticRegistryConcurrentOrLocked {
    private static final Map<String, String> OPEN = new ConcurrentHashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    public static void open(String id) {
        OPEN.put(id, id);
        synchronized (GoodStaticRegistryConcurrentOrLocked.class) {
            NAMES.put(id, id.trim());
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            String id = "c" + i;
            new Thread(() -> open(id)).start();
        }
    }
}
