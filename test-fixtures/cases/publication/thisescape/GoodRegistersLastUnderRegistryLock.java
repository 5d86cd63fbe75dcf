package publication.thisescape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A configuration registers itself in a static registry as the last thing its constructor does, while
 * holding the class's monitor, and every walk of the registry holds that monitor too: taking the lock
 * orders the constructor's writes before the walker's reads (hadoop Configuration's REGISTRY,
 * publication review).
 */
public class GoodRegistersLastUnderRegistryLock {

    private static final Map<GoodRegistersLastUnderRegistryLock, Object> REGISTRY = new WeakHashMap<>();

    private final boolean loadDefaults;
    private final List<String> resources = new ArrayList<>();

    public GoodRegistersLastUnderRegistryLock(boolean loadDefaults) {
        this.loadDefaults = loadDefaults;
        synchronized (GoodRegistersLastUnderRegistryLock.class) {
            REGISTRY.put(this, null);
        }
    }

    public static synchronized void addDefaultResource(String name) {
        for (GoodRegistersLastUnderRegistryLock conf : REGISTRY.keySet()) {
            if (conf.loadDefaults) {
                conf.reload(name);
            }
        }
    }

    private synchronized void reload(String name) {
        resources.add(name);
    }

    public static void startWatcher() {
        new Thread(() -> addDefaultResource("watched.xml")).start();
    }
}
