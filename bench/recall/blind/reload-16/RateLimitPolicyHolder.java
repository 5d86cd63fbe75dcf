// EXPECT: none
package probe16c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Holds the active per-tenant rate-limit policy. A scheduled task reloads the
 * policy from the config service; request filter threads call limitFor() on
 * every request.
 */
public class RateLimitPolicyHolder {
    static final class RateLimitPolicy {
        private Map<String, Integer> perTenantLimits;
        private int defaultLimit;
        private long version;

        RateLimitPolicy(Map<String, Integer> perTenantLimits, int defaultLimit, long version) {
            this.perTenantLimits = new HashMap<>(perTenantLimits);
            this.defaultLimit = defaultLimit;
            this.version = version;
        }

        int limitFor(String tenant) {
            Integer limit = perTenantLimits.get(tenant);
            return limit != null ? limit : defaultLimit;
        }
    }

    private final Supplier<Map<String, Integer>> policySource;
    private volatile RateLimitPolicy policy = new RateLimitPolicy(Map.of(), 100, 0);

    public RateLimitPolicyHolder(Supplier<Map<String, Integer>> policySource) {
        this.policySource = policySource;
    }

    void reload() {
        Map<String, Integer> limits = policySource.get();
        long nextVersion = policy.version + 1;
        policy = new RateLimitPolicy(limits, 100, nextVersion); // OK: volatile write after construction; readers' volatile read sees a fully built policy
    }

    public int limitFor(String tenant) {
        return policy.limitFor(tenant);
    }

    public long version() {
        return policy.version;
    }

    public static void main(String[] args) throws InterruptedException {
        RateLimitPolicyHolder holder = new RateLimitPolicyHolder(
                () -> Map.of("acme", 500, "globex", 250, "initech", 50));
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
        reloader.scheduleWithFixedDelay(holder::reload, 0, 50, TimeUnit.MILLISECONDS);

        ExecutorService filterThreads = Executors.newFixedThreadPool(8);
        String[] tenants = {"acme", "globex", "initech", "umbrella"};
        for (int i = 0; i < 100_000; i++) {
            String tenant = tenants[i % tenants.length];
            filterThreads.submit(() -> holder.limitFor(tenant));
        }
        filterThreads.shutdown();
        filterThreads.awaitTermination(1, TimeUnit.MINUTES);
        reloader.shutdown();
        System.out.println("policy version " + holder.version());
    }
}
