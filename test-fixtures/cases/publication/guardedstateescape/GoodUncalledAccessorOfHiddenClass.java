package publication.guardedstateescape;

import java.util.HashMap;
import java.util.Map;

/**
 * A registry only its package can name. Its accessor returns the guarded map itself, but nothing calls
 * it and no client can: no code ever holds the map outside the lock.
 */
class GoodUncalledAccessorOfHiddenClass {
    private final Map<String, Runnable> handlers = new HashMap<>();

    synchronized void register(String key, Runnable handler) {
        handlers.put(key, handler);
    }

    synchronized Runnable lookup(String key) {
        return handlers.get(key);
    }

    public Map<String, Runnable> handlers() {
        return handlers;
    }
}
