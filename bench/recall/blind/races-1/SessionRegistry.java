// EXPECT: inconsistent-locking-unlocked-write @ line 50
package probe.races;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks live user sessions for the API gateway.
 *
 * <p>This class is thread-safe: request threads call {@link #touch}, the admin
 * endpoint calls {@link #setIdleTimeoutMillis}, and a sweeper calls
 * {@link #evictIdle} concurrently. All mutable state is guarded by {@code lock}.
 */
public class SessionRegistry {
    private final Object lock = new Object();
    private final Map<String, Long> lastSeenBySession = new HashMap<>();
    private long idleTimeoutMillis = 30 * 60 * 1000L;

    public void touch(String sessionId, long nowMillis) {
        synchronized (lock) {
            lastSeenBySession.put(sessionId, nowMillis);
        }
    }

    public int evictIdle(long nowMillis) {
        synchronized (lock) {
            int evicted = 0;
            Iterator<Map.Entry<String, Long>> it = lastSeenBySession.entrySet().iterator();
            while (it.hasNext()) {
                if (nowMillis - it.next().getValue() > idleTimeoutMillis) {
                    it.remove();
                    evicted++;
                }
            }
            return evicted;
        }
    }

    public long getIdleTimeoutMillis() {
        synchronized (lock) {
            return idleTimeoutMillis;
        }
    }

    public void setIdleTimeoutMillis(long millis) {
        idleTimeoutMillis = millis; // BUG: guarded by lock everywhere else but written here without it (torn long write, not visible to evictIdle)
    }

    public int size() {
        synchronized (lock) {
            return lastSeenBySession.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        ExecutorService requestThreads = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            String id = "sess-" + i;
            requestThreads.submit(() -> registry.touch(id, System.currentTimeMillis()));
        }
        requestThreads.submit(() -> registry.setIdleTimeoutMillis(5_000L));
        requestThreads.submit(() -> System.out.println(
                "evicted " + registry.evictIdle(System.currentTimeMillis() + 10_000L)));
        requestThreads.shutdown();
        requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("remaining " + registry.size());
    }
}
