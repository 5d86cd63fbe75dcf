// EXPECT: unsafe-iteration @ line 60
package recall2;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Cache of authentication tokens with time-based expiry. Request threads put and look up
 * tokens; a background cleaner thread purges expired entries every few seconds.
 */
public class ExpiringTokenCache implements AutoCloseable {

    private static final class Entry {
        final String principal;
        final long expiresAt;

        Entry(String principal, long expiresAt) {
            this.principal = principal;
            this.expiresAt = expiresAt;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final ScheduledExecutorService cleaner;
    private final long ttlMillis;

    public ExpiringTokenCache(long ttlMillis, long purgeIntervalMillis) {
        this.ttlMillis = ttlMillis;
        this.cleaner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "token-cache-cleaner");
            t.setDaemon(true);
            return t;
        });
        cleaner.scheduleWithFixedDelay(this::purgeExpired, purgeIntervalMillis, purgeIntervalMillis,
                TimeUnit.MILLISECONDS);
    }

    public synchronized void put(String token, String principal) {
        entries.put(token, new Entry(principal, System.currentTimeMillis() + ttlMillis));
    }

    public synchronized String lookup(String token) {
        Entry e = entries.get(token);
        if (e == null || e.expiresAt < System.currentTimeMillis()) {
            return null;
        }
        return e.principal;
    }

    public synchronized void invalidate(String token) {
        entries.remove(token);
    }

    private void purgeExpired() {
        long now = System.currentTimeMillis();
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().expiresAt < now) {
                it.remove();
            }
        }
    }

    @Override
    public void close() {
        cleaner.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        try (ExpiringTokenCache cache = new ExpiringTokenCache(5, 1)) {
            Thread[] requests = new Thread[4];
            for (int t = 0; t < requests.length; t++) {
                final int id = t;
                requests[t] = new Thread(() -> {
                    for (int i = 0; i < 200_000; i++) {
                        String token = id + ":" + i;
                        cache.put(token, "user" + i);
                        cache.lookup(token);
                    }
                });
                requests[t].start();
            }
            for (Thread t : requests) {
                t.join();
            }
        }
    }
}
