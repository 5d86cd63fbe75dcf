// EXPECT: none
package probe.races;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Feature flags refreshed from the control plane; read on every request. */
// OK: flags is a volatile reference to an immutable Map replaced whole by a single writer; readers read the reference once
public class FeatureFlagStore {
    private final Supplier<Map<String, Boolean>> source;
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
    private volatile Map<String, Boolean> flags = Map.of();

    public FeatureFlagStore(Supplier<Map<String, Boolean>> source) {
        this.source = source;
    }

    public void start() {
        reloader.scheduleWithFixedDelay(this::reload, 0, 2, TimeUnit.MILLISECONDS);
    }

    void reload() {
        flags = Map.copyOf(source.get());
    }

    public boolean isEnabled(String flag) {
        return flags.getOrDefault(flag, false);
    }

    public long enabledCount() {
        Map<String, Boolean> snapshot = flags;
        return snapshot.values().stream().filter(Boolean::booleanValue).count();
    }

    public void stop() {
        reloader.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger version = new AtomicInteger();
        FeatureFlagStore store = new FeatureFlagStore(() -> {
            int v = version.incrementAndGet();
            Map<String, Boolean> m = new HashMap<>();
            m.put("new-checkout", v % 2 == 0);
            m.put("dark-mode", true);
            return m;
        });
        store.start();
        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            requests.submit(() -> store.isEnabled("new-checkout") ? "v2" : "v1");
        }
        requests.shutdown();
        requests.awaitTermination(5, TimeUnit.SECONDS);
        store.stop();
        System.out.println("enabled flags: " + store.enabledCount());
    }
}
