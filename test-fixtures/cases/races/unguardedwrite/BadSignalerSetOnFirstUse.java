package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The look-alike: the factory returns early when the store says it is already initialized, an answer
 * {@code initialize} itself makes, so the call is an initialization on first use that any thread may make
 * at any time, and the unlocked writes race with the locked reads whenever it runs.
 */
public class BadSignalerSetOnFirstUse {
    private final Object lock = new Object();
    private final Map<String, String> triggers = new HashMap<>();
    private Runnable signaler;
    private volatile boolean initialized;

    public void initialize(Runnable schedulerSignaler) {
        triggers.clear(); // expect: UnguardedWrite['`triggers.clear()` changes `triggers` without `lock`']
        signaler = schedulerSignaler; // expect: UnguardedWrite['`signaler` is written without `lock`, which guards 1 other access to it']
        initialized = true;
    }

    public boolean isInitialized() {
        return initialized;
    }

    public void removeTrigger(String key) {
        Runnable signal;
        boolean removed;
        synchronized (lock) {
            removed = triggers.remove(key) != null;
            signal = signaler;
        }
        if (removed) {
            signal.run();
        }
    }

    public void storeTrigger(String key, String job) {
        synchronized (lock) {
            triggers.put(key, job);
        }
    }

    /** The factory: it starts the store it is given unless the store says it was started. */
    public static final class Factory {
        private Factory() {
        }

        public static boolean instantiate(BadSignalerSetOnFirstUse store, Properties cfg, Runnable signaler) {
            if (store.isInitialized()) {
                return false;
            }
            store.initialize(signaler);
            return true;
        }
    }
}
