// EXPECT: none
package probe11c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Per-tenant configuration cache. settingFor() is called by request threads;
 * an admin scheduler evicts tenants whose configuration changed.
 */
public class TenantConfigCache {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Map<String, String>> configs = new HashMap<>();
    private final Function<String, Map<String, String>> loader;

    public TenantConfigCache(Function<String, Map<String, String>> loader) {
        this.loader = loader;
    }

    public String settingFor(String tenant, String key) {
        lock.readLock().lock();
        Map<String, String> config = configs.get(tenant);
        if (config == null) {
            lock.readLock().unlock();
            lock.writeLock().lock();
            try {
                config = configs.get(tenant);
                if (config == null) {
                    config = loader.apply(tenant);
                    configs.put(tenant, config);
                }
                lock.readLock().lock(); // OK: write-to-read downgrade is permitted; the read lock was released before the write lock was requested
            } finally {
                lock.writeLock().unlock();
            }
        }
        try {
            return config.get(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    public void evict(String tenant) {
        lock.writeLock().lock();
        try {
            configs.remove(tenant);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int cachedTenants() {
        lock.readLock().lock();
        try {
            return configs.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TenantConfigCache cache = new TenantConfigCache(
                tenant -> Map.of("region", "eu-west-1", "plan", tenant.hashCode() % 2 == 0 ? "pro" : "free"));
        String[] tenants = {"acme", "globex", "initech", "umbrella"};

        ScheduledExecutorService admin = Executors.newSingleThreadScheduledExecutor();
        admin.scheduleAtFixedRate(
                () -> cache.evict(tenants[ThreadLocalRandom.current().nextInt(tenants.length)]),
                10, 10, TimeUnit.MILLISECONDS);

        ExecutorService requests = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 100_000; i++) {
            String tenant = tenants[i % tenants.length];
            requests.submit(() -> cache.settingFor(tenant, "plan"));
        }
        requests.shutdown();
        requests.awaitTermination(30, TimeUnit.SECONDS);
        admin.shutdownNow();
        System.out.println("tenants cached: " + cache.cachedTenants());
    }
}
