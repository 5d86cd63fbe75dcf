// EXPECT: unlocked-synchronized-collection-iteration @ line 39
package probe3.mix;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks live user sessions. Login threads add sessions, a reaper removes
 * expired ones, and the ops endpoint renders a summary.
 */
public class SessionRegistryReport {

    public record Session(String userId, long lastSeenMillis, String node) { }

    private final Map<String, Session> sessions = Collections.synchronizedMap(new HashMap<>());
    private final long ttlMillis;

    public SessionRegistryReport(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    public void touch(String token, String userId, String node) {
        sessions.put(token, new Session(userId, System.currentTimeMillis(), node));
    }

    public void reapExpired(long now) {
        synchronized (sessions) {
            sessions.values().removeIf(s -> now - s.lastSeenMillis() > ttlMillis);
        }
    }

    public String renderSummary() {
        int perNodeA = 0;
        int perNodeB = 0;
        for (Session s : sessions.values()) { // BUG: iterating a synchronizedMap view without holding its lock while login/reaper threads modify it
            if ("node-a".equals(s.node())) {
                perNodeA++;
            } else {
                perNodeB++;
            }
        }
        return "node-a=" + perNodeA + " node-b=" + perNodeB;
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistryReport registry = new SessionRegistryReport(5);
        ExecutorService exec = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20_000; i++) {
            final int n = i;
            exec.execute(() -> registry.touch("tok-" + n, "u" + (n % 300), n % 2 == 0 ? "node-a" : "node-b"));
            if (i % 1_000 == 0) {
                exec.execute(() -> registry.reapExpired(System.currentTimeMillis()));
                exec.execute(() -> System.out.println(registry.renderSummary()));
            }
        }
        exec.shutdown();
        exec.awaitTermination(10, TimeUnit.SECONDS);
    }
}
