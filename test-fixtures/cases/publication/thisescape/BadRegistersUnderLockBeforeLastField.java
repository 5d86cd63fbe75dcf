package publication.thisescape;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The same registry, but the constructor assigns a field the walker reads after registering: the lock
 * orders only what came before it, so a walker can see {@code loadDefaults} not yet written.
 */
public class BadRegistersUnderLockBeforeLastField {

    private static final Map<BadRegistersUnderLockBeforeLastField, Object> REGISTRY = new WeakHashMap<>();

    private boolean loadDefaults;
    private int reloads;

    public BadRegistersUnderLockBeforeLastField(boolean loadDefaults) {
        synchronized (BadRegistersUnderLockBeforeLastField.class) {
            REGISTRY.put(this, null); // expect: ThisEscape['`this` is added to the shared collection `BadRegistersUnderLockBeforeLastField.REGISTRY`; `loadDefaults` is assigned only after it']
        }
        this.loadDefaults = loadDefaults;
    }

    public static synchronized void addDefaultResource(String name) {
        for (BadRegistersUnderLockBeforeLastField conf : REGISTRY.keySet()) {
            if (conf.loadDefaults) {
                conf.reload(name);
            }
        }
    }

    private synchronized void reload(String name) {
        reloads += name.length();
    }

    public static void startWatcher() {
        new Thread(() -> addDefaultResource("watched.xml")).start();
    }
}
