// EXPECT: atomicreference-mutable-object-mutated-in-place @ line 33
package probe4.safe;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

// Runtime settings for a gateway: full reloads swap the whole object, per-key overrides come from the admin API.
public class RuntimeSettingsHolder {

    static final class Settings {
        final int timeoutMillis;
        final Map<String, String> overrides;

        Settings(int timeoutMillis, Map<String, String> overrides) {
            this.timeoutMillis = timeoutMillis;
            this.overrides = new HashMap<>(overrides);
        }
    }

    private final AtomicReference<Settings> current =
            new AtomicReference<>(new Settings(1000, Map.of("region", "eu-1")));

    public void reload(int timeoutMillis, Map<String, String> overrides) {
        current.set(new Settings(timeoutMillis, overrides));
    }

    public void override(String key, String value) {
        current.get().overrides.put(key, value); // BUG: mutates the shared HashMap inside the published snapshot in place while reader threads call get() on it
    }

    public String setting(String key, String fallback) {
        return current.get().overrides.getOrDefault(key, fallback);
    }

    public int timeoutMillis() {
        return current.get().timeoutMillis;
    }

    public static void main(String[] args) throws InterruptedException {
        RuntimeSettingsHolder settings = new RuntimeSettingsHolder();
        LongAdder lookups = new LongAdder();
        ExecutorService gateway = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            gateway.execute(() -> {
                for (int i = 0; i < 50_000; i++) {
                    settings.setting("route-" + (i % 64), "default");
                    settings.timeoutMillis();
                    lookups.increment();
                }
            });
        }
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 2_000; i++) {
                settings.override("route-" + (i % 500), "backend-" + i);
                if (i % 700 == 0) {
                    settings.reload(1000 + i, Map.of("region", "eu-" + i));
                }
            }
        }, "admin-api");
        admin.start();
        admin.join();
        gateway.shutdown();
        gateway.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("lookups=" + lookups.sum() + " timeout=" + settings.timeoutMillis());
    }
}
