package misuse.threadruncall;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Cache whose "async" warm-up builds a thread and calls run() on it: the warm-up blocks the caller, and the thread object itself is never started. */
public class BadRunOnLocal {
    private final ConcurrentMap<String, String> cache = new ConcurrentHashMap<>();

    public void warmUpAsync() {
        Thread warmer = new Thread(this::warmUp, "cache-warmer"); // expect: ThreadNeverStarted
        warmer.setDaemon(true);
        warmer.run(); // expect: ThreadRunCall
    }

    public String get(String key) {
        return cache.get(key);
    }

    private void warmUp() {
        for (int i = 0; i < 100; i++) {
            cache.put("key-" + i, "value-" + i);
        }
    }
}
