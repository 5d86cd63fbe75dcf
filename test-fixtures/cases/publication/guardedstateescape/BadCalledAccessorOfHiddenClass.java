package publication.guardedstateescape;

import java.util.HashMap;
import java.util.Map;

/**
 * The same registry, hidden from clients, but its package's dispatcher walks the map the accessor
 * returns without the lock while other threads register handlers under it.
 */
class BadCalledAccessorOfHiddenClass {
    private final Map<String, Runnable> handlers = new HashMap<>();

    synchronized void register(String key, Runnable handler) {
        handlers.put(key, handler);
    }

    public Map<String, Runnable> handlers() {
        return handlers; // expect: GuardedStateEscape['returns `handlers`, whose contents are changed under `this`']
    }

    /** The package's public entry: clients register handlers and fire them from any thread. */
    public static final class Dispatcher {
        private final BadCalledAccessorOfHiddenClass registry = new BadCalledAccessorOfHiddenClass();

        public void on(String key, Runnable handler) {
            registry.register(key, handler);
        }

        public void fireAll() {
            for (Runnable r : registry.handlers().values()) {
                r.run();
            }
        }
    }
}
