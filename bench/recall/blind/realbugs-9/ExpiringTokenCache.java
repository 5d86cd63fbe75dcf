// EXPECT: none
package probe9b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Caches auth tokens per client id and schedules one background renewal per
 * client once it has been used. token() is called concurrently by the HTTP
 * client's request threads.
 */
public class ExpiringTokenCache {
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> renewals = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer = Executors.newScheduledThreadPool(2);
    private final Function<String, String> issuer;
    private final long renewMillis;

    public ExpiringTokenCache(Function<String, String> issuer, long renewMillis) {
        this.issuer = issuer;
        this.renewMillis = renewMillis;
    }

    public String token(String clientId) {
        String t = tokens.computeIfAbsent(clientId, issuer);
        ensureRenewalScheduled(clientId);
        return t;
    }

    private void ensureRenewalScheduled(String clientId) {
        renewals.computeIfAbsent(clientId, id -> renewer.scheduleAtFixedRate( // OK: computeIfAbsent on ConcurrentHashMap runs the check and the insert atomically, so exactly one renewal is scheduled per client
                () -> tokens.put(id, issuer.apply(id)), renewMillis, renewMillis, TimeUnit.MILLISECONDS));
    }

    public void revoke(String clientId) {
        ScheduledFuture<?> task = renewals.remove(clientId);
        if (task != null) {
            task.cancel(false);
        }
        tokens.remove(clientId);
    }

    public void close() {
        renewer.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        ExpiringTokenCache cache =
                new ExpiringTokenCache(id -> "tok-" + id + "-" + System.nanoTime(), 50);
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String client = "client-" + (i % 50);
            requestThreads.execute(() -> cache.token(client));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        for (int i = 0; i < 50; i++) {
            cache.revoke("client-" + i);
        }
        cache.close();
    }
}
