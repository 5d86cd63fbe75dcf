// EXPECT: none
package probe7a; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Evaluates feature-flag rollout rules per tenant and caches the result.
 * Hot path: isEnabled() is called on request threads many times per request.
 * Rules are replaced by the config-push listener thread.
 */
public class FeatureFlagCache {

    public record Rule(String flag, int rolloutPercent, List<String> allowTenants) {
        public Rule {
            allowTenants = List.copyOf(allowTenants);
        }
    }

    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Map<String, Boolean>> byTenant = new HashMap<>(); // guarded by rw
    private List<Rule> rules;                                                   // guarded by rw

    public FeatureFlagCache(List<Rule> initialRules) {
        this.rules = List.copyOf(initialRules);
    }

    public boolean isEnabled(String tenant, String flag) {
        Map<String, Boolean> flags;
        rw.readLock().lock();
        try {
            flags = byTenant.get(tenant);
        } finally {
            rw.readLock().unlock();
        }
        if (flags == null) { // OK: check-then-act across a lock release, but loadTenant() re-checks under the write lock and only inserts if still absent; both the evaluation and the insert happen under that write lock, so concurrent misses install exactly one map consistent with the current rules
            flags = loadTenant(tenant);
        }
        return flags.getOrDefault(flag, false);
    }

    private Map<String, Boolean> loadTenant(String tenant) {
        rw.writeLock().lock();
        try {
            Map<String, Boolean> existing = byTenant.get(tenant);
            if (existing != null) {
                return existing;
            }
            Map<String, Boolean> evaluated = evaluate(tenant, rules);
            byTenant.put(tenant, evaluated);
            return evaluated;
        } finally {
            rw.writeLock().unlock();
        }
    }

    /** Called from the config-push listener thread. */
    public void replaceRules(List<Rule> newRules) {
        List<Rule> copy = List.copyOf(newRules);
        rw.writeLock().lock();
        try {
            rules = copy;
            byTenant.clear();
        } finally {
            rw.writeLock().unlock();
        }
    }

    /** Pure CPU work over immutable inputs; returns an immutable map. */
    private static Map<String, Boolean> evaluate(String tenant, List<Rule> rules) {
        Map<String, Boolean> out = new HashMap<>();
        int bucket = Math.floorMod(tenant.hashCode(), 100);
        for (Rule r : rules) {
            boolean on = r.allowTenants().contains(tenant) || bucket < r.rolloutPercent();
            out.merge(r.flag(), on, Boolean::logicalOr);
        }
        return Map.copyOf(out);
    }
}
