// EXPECT: none
package probe16c; import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Broadcasts configuration changes to interested components. The file watcher
 * thread calls publish() after each reload; components register and deregister
 * from their own threads as modules are hot-deployed and undeployed.
 */
public class ConfigChangeBroadcaster {
    public interface ChangeListener {
        void configChanged(Map<String, String> newConfig);
    }

    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    public void register(ChangeListener listener) {
        listeners.add(listener);
    }

    public void deregister(ChangeListener listener) {
        listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    void publish(Map<String, String> newConfig) {
        for (ChangeListener listener : listeners) { // OK: CopyOnWriteArrayList iterates an immutable snapshot; concurrent add/remove cannot interfere
            try {
                listener.configChanged(newConfig);
            } catch (RuntimeException e) {
                System.err.println("Change listener failed: " + e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigChangeBroadcaster broadcaster = new ConfigChangeBroadcaster();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        watcher.scheduleWithFixedDelay(
                () -> broadcaster.publish(Map.of("cache.ttlSeconds", "120")), 0, 1, TimeUnit.MILLISECONDS);

        ExecutorService deployer = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            int id = i;
            deployer.submit(() -> {
                ChangeListener l = cfg -> {
                    if (id % 100 == 0) {
                        System.out.println("module-" + id + " ttl=" + cfg.get("cache.ttlSeconds"));
                    }
                };
                broadcaster.register(l);
                if (id % 3 == 0) {
                    broadcaster.deregister(l);
                }
            });
        }
        deployer.shutdown();
        deployer.awaitTermination(1, TimeUnit.MINUTES);
        watcher.shutdown();
        System.out.println(broadcaster.listenerCount() + " listeners");
    }
}
