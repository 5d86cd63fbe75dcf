// EXPECT: none
package probe8a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Caches feature flags fetched from the config service. A scheduled job
 * refreshes the snapshot every minute; isEnabled() is called concurrently by
 * request handler threads.
 */
public class FeatureFlagRefresher {

    public interface FlagSource {
        Map<String, Boolean> fetchFlags();
    }

    static final class FlagSnapshot {
        final Map<String, Boolean> flags;
        final long version;
        final boolean defaultValue;

        FlagSnapshot(Map<String, Boolean> flags, long version, boolean defaultValue) {
            this.flags = Map.copyOf(flags);
            this.version = version;
            this.defaultValue = defaultValue;
        }

        boolean isEnabled(String name) {
            Boolean v = flags.get(name);
            return v != null ? v : defaultValue;
        }
    }

    private final FlagSource source;
    private final ScheduledExecutorService refresher =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "flag-refresh"));
    private volatile FlagSnapshot current = new FlagSnapshot(Map.of(), 0, false);
    private long refreshCount;

    public FeatureFlagRefresher(FlagSource source) {
        this.source = source;
    }

    public void start() {
        refresher.scheduleWithFixedDelay(this::reload, 0, 1, TimeUnit.MINUTES);
    }

    private void reload() {
        Map<String, Boolean> fetched = new HashMap<>(source.fetchFlags());
        fetched.remove("");
        FlagSnapshot next = new FlagSnapshot(fetched, ++refreshCount, false);
        current = next; // OK: volatile write publishes a fully constructed immutable snapshot
    }

    public boolean isEnabled(String flag) {
        return current.isEnabled(flag);
    }

    public long version() {
        return current.version;
    }

    public void stop() {
        refresher.shutdownNow();
    }
}
