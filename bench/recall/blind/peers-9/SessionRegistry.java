// EXPECT: inconsistent-locking-unlocked-read @ line 41
package probe9a; import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Active user sessions of the gateway. login, logout and lookup are called
 * concurrently by the request-handling pool; a scheduled reaper evicts idle
 * sessions in the background.
 */
public class SessionRegistry {

    public static final class Session {
        final String id;
        final String user;
        volatile Instant lastSeen;

        Session(String id, String user) {
            this.id = id;
            this.user = user;
            this.lastSeen = Instant.now();
        }
    }

    private final Map<String, Session> sessions = new HashMap<>();

    public synchronized void login(String sessionId, String user) {
        sessions.put(sessionId, new Session(sessionId, user));
    }

    public synchronized void logout(String sessionId) {
        sessions.remove(sessionId);
    }

    public Session lookup(String sessionId) {
        Session s = sessions.get(sessionId); // BUG: HashMap read without the lock that guards every write
        if (s != null) {
            s.lastSeen = Instant.now();
        }
        return s;
    }

    public synchronized int evictIdle(Duration maxIdle) {
        Instant cutoff = Instant.now().minus(maxIdle);
        int before = sessions.size();
        sessions.values().removeIf(s -> s.lastSeen.isBefore(cutoff));
        return before - sessions.size();
    }

    public synchronized int size() {
        return sessions.size();
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor();
        reaper.scheduleAtFixedRate(() -> registry.evictIdle(Duration.ofMillis(50)), 10, 10, TimeUnit.MILLISECONDS);

        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            final String id = "s-" + (i % 500);
            final int n = i;
            handlers.submit(() -> {
                if (n % 3 == 0) {
                    registry.login(id, "user" + n);
                } else if (n % 7 == 0) {
                    registry.logout(id);
                } else {
                    registry.lookup(id);
                }
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(30, TimeUnit.SECONDS);
        reaper.shutdownNow();
        System.out.println("sessions left: " + registry.size());
    }
}
