// EXPECT: none
package probe17b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daily request quota per API key. tryAcquire() is called by request worker threads,
 * resetAll() by a scheduled task at the start of each quota period.
 */
public class ApiKeyQuotaTracker {

    private static final class Quota {
        final int limit;
        int used;

        Quota(int limit) {
            this.limit = limit;
        }
    }

    private final Map<String, Quota> quotas = new HashMap<>();
    private final int defaultLimit;

    public ApiKeyQuotaTracker(int defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    public synchronized boolean tryAcquire(String apiKey) {
        if (!quotas.containsKey(apiKey)) { // OK: containsKey/put pair runs inside a synchronized method; every map access holds this monitor
            quotas.put(apiKey, new Quota(defaultLimit));
        }
        Quota q = quotas.get(apiKey);
        if (q.used >= q.limit) {
            return false;
        }
        q.used++;
        return true;
    }

    public synchronized int remaining(String apiKey) {
        Quota q = quotas.get(apiKey);
        return q == null ? defaultLimit : q.limit - q.used;
    }

    public synchronized void resetAll() {
        quotas.clear();
    }

    public static void main(String[] args) throws InterruptedException {
        ApiKeyQuotaTracker tracker = new ApiKeyQuotaTracker(25);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(tracker::resetAll, 1, 1, TimeUnit.SECONDS);
        ExecutorService workers = Executors.newFixedThreadPool(12);
        AtomicInteger rejected = new AtomicInteger();
        for (int i = 0; i < 500; i++) {
            String key = "key-" + (i % 5);
            workers.execute(() -> {
                if (!tracker.tryAcquire(key)) {
                    rejected.incrementAndGet();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        scheduler.shutdownNow();
        System.out.println("rejected=" + rejected.get() + " remaining(key-0)=" + tracker.remaining("key-0"));
    }
}
