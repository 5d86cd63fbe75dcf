// EXPECT: none
package probe10a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Periodically reloads feature flags from the config service. isEnabled() is
 * called by request threads concurrently with the reload task, which runs on
 * the snapshotter's scheduler thread.
 */
public class FeatureFlagSnapshotter implements AutoCloseable {

    public interface ConfigClient {
        Map<String, Boolean> fetchFlags();

        long revision();
    }

    static final class FlagSet {
        private final Map<String, Boolean> flags = new HashMap<>();
        private long revision;

        void put(String name, boolean enabled) {
            flags.put(name, enabled);
        }

        boolean isEnabled(String name) {
            return flags.getOrDefault(name, Boolean.FALSE);
        }

        long revision() {
            return revision;
        }
    }

    private final ConfigClient config;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "flag-reload");
        t.setDaemon(true);
        return t;
    });
    private volatile FlagSet flags = new FlagSet();

    public FeatureFlagSnapshotter(ConfigClient config) {
        this.config = config;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::reloadSafely, 0, 30, TimeUnit.SECONDS);
    }

    private void reloadSafely() {
        try {
            reload();
        } catch (RuntimeException e) {
            System.err.println("flag reload failed, keeping previous flags: " + e);
        }
    }

    private void reload() {
        Map<String, Boolean> fetched = config.fetchFlags();
        FlagSet next = new FlagSet();
        fetched.forEach(next::put);
        next.revision = config.revision();
        flags = next; // OK: volatile write happens after the FlagSet is fully built, and it is never mutated once published
    }

    public boolean isEnabled(String flag) {
        return flags.isEnabled(flag);
    }

    public long revision() {
        return flags.revision();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
