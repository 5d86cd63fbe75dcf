package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tasks handed to a pool in a loop each call the object's public {@code get}, which fills a plain map
 * without a lock: the tasks run at once and race inside {@code get} (the lazily filled cache of real
 * library bugs).
 */
public class BadPoolTasksCallPublicFiller {
    private final Map<String, String> cache = new HashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public String get(String key) {
        String value = cache.get(key);
        if (value == null) {
            value = key.trim();
            cache.put(key, value); // expect: UnguardedWrite['(reached from the lambda in `BadPoolTasksCallPublicFiller.warm` at line 28)']
        }
        return value;
    }

    public void warm(String[] keys) {
        for (String k : keys) {
            pool.execute(() -> get(k)); // related: UnguardedWrite@21['reaches the write from here']
        }
    }
}
