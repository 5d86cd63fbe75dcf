// EXPECT: data-race-on-a-field @ line 28
package probe13b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/*
 * Tracks per-session activity for the admin dashboard.
 * recordRequest() is invoked concurrently by the container's request threads;
 * the dashboard reads the totals from its own thread.
 */
public class SessionActivityTracker {

    private final Map<String, Long> lastSeenBySession = new ConcurrentHashMap<>();
    private final long idleTimeoutMillis;
    private long totalRequests;

    public SessionActivityTracker(long idleTimeoutMillis) {
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    public void recordRequest(String sessionId, long nowMillis) {
        if (sessionId == null || sessionId.isEmpty()) {
            return;
        }
        lastSeenBySession.put(sessionId, nowMillis);
        totalRequests++; // BUG: unsynchronized read-modify-write of a plain field from concurrent request threads
    }

    public long totalRequests() {
        return totalRequests;
    }

    public int activeSessions(long nowMillis) {
        int active = 0;
        for (Long lastSeen : lastSeenBySession.values()) {
            if (nowMillis - lastSeen < idleTimeoutMillis) {
                active++;
            }
        }
        return active;
    }

    public void evictIdle(long nowMillis) {
        lastSeenBySession.values().removeIf(lastSeen -> nowMillis - lastSeen >= idleTimeoutMillis);
    }

    public static void main(String[] args) throws InterruptedException {
        SessionActivityTracker tracker = new SessionActivityTracker(30_000);
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 20_000; i++) {
            String sessionId = "JSESSION-" + (i % 64);
            requestThreads.execute(() -> tracker.recordRequest(sessionId, System.currentTimeMillis()));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("requests=" + tracker.totalRequests()
                + " active=" + tracker.activeSessions(System.currentTimeMillis()));
    }
}
