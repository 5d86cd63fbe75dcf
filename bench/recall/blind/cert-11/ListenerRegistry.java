// EXPECT: none
package probe11b; import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the registered cache-invalidation listeners. addListener() and removeListener() are
 * called by plugin loader threads; fireInvalidation() is called by the cache eviction thread.
 */
public class ListenerRegistry {

    public interface InvalidationListener {
        void invalidated(String key);
    }

    private final Map<String, InvalidationListener> listeners =
            Collections.synchronizedMap(new HashMap<>());

    public void addListener(String name, InvalidationListener listener) {
        listeners.put(name, listener);
    }

    public void removeListener(String name) {
        listeners.remove(name);
    }

    public int fireInvalidation(String key) {
        int notified = 0;
        synchronized (listeners) { // OK: holds the synchronized map's own mutex while iterating its view, as Collections.synchronizedMap requires
            for (Map.Entry<String, InvalidationListener> entry : listeners.entrySet()) {
                entry.getValue().invalidated(key);
                notified++;
            }
        }
        return notified;
    }

    public static void main(String[] args) throws InterruptedException {
        ListenerRegistry registry = new ListenerRegistry();
        ExecutorService loaders = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            String name = "plugin-" + i;
            loaders.execute(() -> registry.addListener(name, k -> { }));
        }
        Thread evictor = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                registry.fireInvalidation("key-" + i);
            }
        }, "cache-evictor");
        evictor.start();
        loaders.shutdown();
        loaders.awaitTermination(10, TimeUnit.SECONDS);
        evictor.join();
    }
}
