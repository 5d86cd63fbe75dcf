// EXPECT: unreleased-lock @ line 21
package probe11b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-client request limits. Request threads call limitFor() on every request; the config
 * watcher thread calls reload() whenever the limits file changes.
 */
public class RateLimitTable {

    private static final int DEFAULT_LIMIT = 100;

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> limits = new HashMap<>();

    public void reload(Map<String, String> rawConfig) {
        lock.lock(); // BUG: no try/finally; a NumberFormatException from parseInt leaves the lock held and blocks every request thread
        limits.clear();
        for (Map.Entry<String, String> e : rawConfig.entrySet()) {
            limits.put(e.getKey(), Integer.parseInt(e.getValue().trim()));
        }
        lock.unlock();
    }

    public int limitFor(String clientId) {
        lock.lock();
        try {
            return limits.getOrDefault(clientId, DEFAULT_LIMIT);
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RateLimitTable table = new RateLimitTable();
        Thread watcher = new Thread(() -> {
            Map<String, String> config = new HashMap<>();
            config.put("acme", "500");
            config.put("globex", "25O");
            try {
                table.reload(config);
            } catch (NumberFormatException e) {
                System.err.println("bad limits file: " + e.getMessage());
            }
        }, "config-watcher");
        watcher.start();
        watcher.join();

        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            requests.execute(() -> System.out.println(table.limitFor("acme")));
        }
        requests.shutdown();
        requests.awaitTermination(5, TimeUnit.SECONDS);
    }
}
