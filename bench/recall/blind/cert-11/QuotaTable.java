// EXPECT: none
package probe11b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-tenant storage quotas in megabytes. Request threads call quotaFor() on every write; the
 * config watcher thread calls reload() whenever the quota file changes.
 */
public class QuotaTable {

    private static final long DEFAULT_QUOTA_MB = 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Long> quotas = new HashMap<>();

    public void reload(Map<String, String> rawConfig) {
        lock.lock(); // OK: the matching unlock is in the finally block, so a parse failure still releases it
        try {
            quotas.clear();
            for (Map.Entry<String, String> e : rawConfig.entrySet()) {
                quotas.put(e.getKey(), Long.parseLong(e.getValue().trim()));
            }
        } finally {
            lock.unlock();
        }
    }

    public long quotaFor(String tenant) {
        lock.lock();
        try {
            return quotas.getOrDefault(tenant, DEFAULT_QUOTA_MB);
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        QuotaTable table = new QuotaTable();
        Thread watcher = new Thread(() -> {
            Map<String, String> config = new HashMap<>();
            config.put("initech", "2048");
            config.put("umbrella", "5l2");
            try {
                table.reload(config);
            } catch (NumberFormatException e) {
                System.err.println("bad quota file: " + e.getMessage());
            }
        }, "config-watcher");
        watcher.start();
        watcher.join();

        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            requests.execute(() -> System.out.println(table.quotaFor("initech")));
        }
        requests.shutdown();
        requests.awaitTermination(5, TimeUnit.SECONDS);
    }
}
