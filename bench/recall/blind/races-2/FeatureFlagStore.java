// EXPECT: none
package probe2.races;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// OK: readers see an immutable snapshot (final fields, Map.copyOf) via a volatile field; writers copy-and-swap under the monitor
public class FeatureFlagStore {

    static final class FlagSnapshot {
        final Map<String, Boolean> flags;
        final long version;

        FlagSnapshot(Map<String, Boolean> flags, long version) {
            this.flags = Map.copyOf(flags);
            this.version = version;
        }
    }

    private volatile FlagSnapshot snapshot = new FlagSnapshot(Map.of(), 0);

    public boolean isEnabled(String flag) {
        Boolean v = snapshot.flags.get(flag);
        return v != null && v;
    }

    public long version() {
        return snapshot.version;
    }

    public synchronized void setFlag(String flag, boolean enabled) {
        FlagSnapshot old = snapshot;
        Map<String, Boolean> next = new HashMap<>(old.flags);
        next.put(flag, enabled);
        snapshot = new FlagSnapshot(next, old.version + 1);
    }

    public synchronized void replaceAll(Map<String, Boolean> flags) {
        snapshot = new FlagSnapshot(flags, snapshot.version + 1);
    }

    public static void main(String[] args) throws InterruptedException {
        FeatureFlagStore store = new FeatureFlagStore();
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                store.setFlag("checkout.v2", i % 2 == 0);
                store.setFlag("search.rerank." + (i % 5), true);
            }
        }, "flag-admin");
        admin.start();
        for (int i = 0; i < 10_000; i++) {
            requestThreads.execute(() -> store.isEnabled("checkout.v2"));
        }
        admin.join();
        requestThreads.shutdown();
        requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("version=" + store.version());
    }
}
