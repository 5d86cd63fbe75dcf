// EXPECT: none
package probe13b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/*
 * Counts sessions created and destroyed by the web application.
 * sessionCreated()/sessionDestroyed() are called concurrently from request threads
 * and from the container's session-expiry thread.
 */
public class SessionCounter {

    private final Map<String, Long> createdAt = new HashMap<>();
    private int activeSessions;
    private int peakSessions;

    public void sessionCreated(String sessionId, long nowMillis) {
        synchronized (this) {
            if (createdAt.putIfAbsent(sessionId, nowMillis) != null) {
                return;
            }
            activeSessions++; // OK: every access to activeSessions/peakSessions/createdAt holds the monitor of this
            if (activeSessions > peakSessions) {
                peakSessions = activeSessions;
            }
        }
    }

    public void sessionDestroyed(String sessionId) {
        synchronized (this) {
            if (createdAt.remove(sessionId) != null) {
                activeSessions--;
            }
        }
    }

    public synchronized int activeSessions() {
        return activeSessions;
    }

    public synchronized int peakSessions() {
        return peakSessions;
    }

    public synchronized long oldestSessionAgeMillis(long nowMillis) {
        long oldest = 0;
        for (long created : createdAt.values()) {
            oldest = Math.max(oldest, nowMillis - created);
        }
        return oldest;
    }

    public static void main(String[] args) throws InterruptedException {
        SessionCounter counter = new SessionCounter();
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String sessionId = "JSESSION-" + i;
            requestThreads.execute(() -> counter.sessionCreated(sessionId, System.currentTimeMillis()));
            if (i % 3 == 0) {
                requestThreads.execute(() -> counter.sessionDestroyed(sessionId));
            }
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("active=" + counter.activeSessions() + " peak=" + counter.peakSessions());
    }
}
