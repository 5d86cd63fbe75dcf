// EXPECT: none
package probe6a;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Client for the internal feature-flag service. The flag set is fetched once, lazily, on the
 * first evaluation, then kept for the lifetime of the process.
 *
 * <p>{@link #isEnabled(String, String)} is called from request threads all over the service.
 */
public final class FeatureFlagClient {

    static final class FlagSet {
        private final Map<String, Integer> rolloutPercentByFlag;
        private final long fetchedAtMillis;

        FlagSet(Map<String, Integer> rolloutPercentByFlag, long fetchedAtMillis) {
            this.rolloutPercentByFlag = Map.copyOf(rolloutPercentByFlag);
            this.fetchedAtMillis = fetchedAtMillis;
        }

        int rolloutPercent(String flag) {
            return rolloutPercentByFlag.getOrDefault(flag, 0);
        }
    }

    private volatile FlagSet flags;

    private FlagSet flags() {
        FlagSet local = flags;
        if (local == null) { // OK: double-checked locking on a volatile field; the publication is safe
            synchronized (this) {
                local = flags;
                if (local == null) {
                    local = fetchFromFlagService();
                    flags = local;
                }
            }
        }
        return local;
    }

    private FlagSet fetchFromFlagService() {
        return new FlagSet(Map.of("new-checkout", 25, "dark-mode", 100, "bulk-export", 0),
                System.currentTimeMillis());
    }

    /** Stable per-user bucketing so a user keeps seeing the same variant. */
    public boolean isEnabled(String flag, String userId) {
        int bucket = Math.floorMod((flag + ":" + userId).hashCode(), 100);
        return bucket < flags().rolloutPercent(flag);
    }

    public static void main(String[] args) throws InterruptedException {
        FeatureFlagClient client = new FeatureFlagClient();
        ExecutorService requestThreads = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 1_000; i++) {
            String user = "u" + i;
            requestThreads.execute(() -> client.isEnabled("new-checkout", user));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("flags fetched at " + client.flags().fetchedAtMillis);
    }
}
