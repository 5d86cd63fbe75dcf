// EXPECT: rwlock-upgrade @ line 21
package probe.dl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Per-tenant configuration, loaded lazily and read by every request thread. */
public class TenantConfigCache {

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Map<String, String>> byTenant = new HashMap<>();

    public Map<String, String> configFor(String tenant) {
        rw.readLock().lock();
        try {
            Map<String, String> cfg = byTenant.get(tenant);
            if (cfg == null) {
                rw.writeLock().lock(); // BUG: read->write upgrade on the same ReentrantReadWriteLock blocks forever
                try {
                    cfg = loadFromConfigService(tenant);
                    byTenant.put(tenant, cfg);
                } finally {
                    rw.writeLock().unlock();
                }
            }
            return cfg;
        } finally {
            rw.readLock().unlock();
        }
    }

    private static Map<String, String> loadFromConfigService(String tenant) {
        return Map.of("tenant", tenant, "region", tenant.hashCode() % 2 == 0 ? "eu-west" : "us-east");
    }

    public static void main(String[] args) {
        TenantConfigCache cache = new TenantConfigCache();
        List<CompletableFuture<Map<String, String>>> lookups = List.of(
                CompletableFuture.supplyAsync(() -> cache.configFor("acme")),
                CompletableFuture.supplyAsync(() -> cache.configFor("globex")),
                CompletableFuture.supplyAsync(() -> cache.configFor("acme")));
        for (CompletableFuture<Map<String, String>> lookup : lookups) {
            System.out.println(lookup.join());
        }
    }
}
