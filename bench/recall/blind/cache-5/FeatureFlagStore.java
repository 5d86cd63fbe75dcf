// EXPECT: none
package probe5.cache;

// OK: readers do a single volatile read of an immutable Snapshot; the only write path (reload) is synchronized, so versions never go backwards

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Serves feature flags to request threads and reloads them from a properties
 * source when the configuration service pushes an update.
 */
public class FeatureFlagStore {

    /** Immutable, versioned view of all flags. */
    public record Snapshot(long version, Map<String, Boolean> flags) {
        public Snapshot {
            flags = Map.copyOf(flags);
        }
    }

    private volatile Snapshot snapshot = new Snapshot(0, Map.of());

    /** Lock-free read path used on every request. */
    public boolean isEnabled(String flag) {
        return snapshot.flags().getOrDefault(flag, Boolean.FALSE);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Replaces all flags atomically and returns the new version. */
    public synchronized long reload(Properties source) {
        Map<String, Boolean> next = new HashMap<>();
        for (String name : source.stringPropertyNames()) {
            next.put(name, Boolean.parseBoolean(source.getProperty(name)));
        }
        Snapshot updated = new Snapshot(snapshot.version() + 1, next);
        snapshot = updated;
        return updated.version();
    }

    public static void main(String[] args) throws InterruptedException {
        FeatureFlagStore store = new FeatureFlagStore();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread reloader = new Thread(() -> {
                for (int n = 0; n < 100; n++) {
                    Properties p = new Properties();
                    p.setProperty("new-checkout", Boolean.toString(n % 2 == 0));
                    p.setProperty("dark-mode", "true");
                    store.reload(p);
                }
            }, "config-push-" + i);
            threads.add(reloader);
        }
        for (int i = 0; i < 4; i++) {
            threads.add(new Thread(() -> {
                int enabled = 0;
                for (int n = 0; n < 10_000; n++) {
                    if (store.isEnabled("dark-mode")) {
                        enabled++;
                    }
                }
                System.out.println(Thread.currentThread().getName() + " saw dark-mode " + enabled + " times");
            }, "request-" + i));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("final version: " + store.snapshot().version());
    }
}
