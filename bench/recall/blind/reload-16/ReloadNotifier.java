// EXPECT: iteration-while-modified @ line 35
package probe16c; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fans out "configuration reloaded" events. The config watcher thread calls
 * fireReloaded() after each successful reload; components subscribe and
 * unsubscribe from their own threads as plugins are loaded and unloaded.
 */
public class ReloadNotifier {
    public interface ReloadListener {
        void onReload(Map<String, String> newConfig);
    }

    private final List<ReloadListener> listeners = new ArrayList<>();

    public synchronized void subscribe(ReloadListener listener) {
        listeners.add(listener);
    }

    public synchronized void unsubscribe(ReloadListener listener) {
        listeners.remove(listener);
    }

    public synchronized int listenerCount() {
        return listeners.size();
    }

    void fireReloaded(Map<String, String> newConfig) {
        for (ReloadListener listener : listeners) { // BUG: iterates the ArrayList without the lock while subscribe/unsubscribe modify it
            try {
                listener.onReload(newConfig);
            } catch (RuntimeException e) {
                System.err.println("Reload listener failed: " + e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ReloadNotifier notifier = new ReloadNotifier();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        watcher.scheduleWithFixedDelay(
                () -> notifier.fireReloaded(Map.of("log.level", "DEBUG")), 0, 1, TimeUnit.MILLISECONDS);

        ExecutorService pluginLoader = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            int id = i;
            pluginLoader.submit(() -> {
                ReloadListener l = cfg -> {
                    if (id % 100 == 0) {
                        System.out.println("plugin-" + id + " log.level=" + cfg.get("log.level"));
                    }
                };
                notifier.subscribe(l);
                if (id % 3 == 0) {
                    notifier.unsubscribe(l);
                }
            });
        }
        pluginLoader.shutdown();
        pluginLoader.awaitTermination(1, TimeUnit.MINUTES);
        watcher.shutdown();
        System.out.println(notifier.listenerCount() + " listeners");
    }
}
