// EXPECT: sync-on-mutable-field @ line 20
package probe.dl;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Tracks logged-in user sessions; a housekeeping task periodically invalidates them all. */
public class SessionRegistry {

    public record UserSession(String id, String user, long createdAt) {}

    private Map<String, UserSession> sessions = new HashMap<>();

    public void open(String id, String user) {
        synchronized (sessions) { // BUG: locks a non-final field that invalidateAll() reassigns, so threads may hold different monitors
            sessions.put(id, new UserSession(id, user, System.currentTimeMillis()));
        }
    }

    public UserSession find(String id) {
        synchronized (sessions) {
            return sessions.get(id);
        }
    }

    public int invalidateAll() {
        synchronized (sessions) {
            int dropped = sessions.size();
            sessions = new HashMap<>();
            return dropped;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<?> sweep = housekeeping.scheduleAtFixedRate(
                () -> System.out.println("invalidated " + registry.invalidateAll()), 5, 5, TimeUnit.MILLISECONDS);
        ExecutorService web = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            final String id = "s" + i;
            web.execute(() -> registry.open(id, "user-" + id));
        }
        web.shutdown();
        web.awaitTermination(5, TimeUnit.SECONDS);
        sweep.cancel(false);
        housekeeping.shutdown();
    }
}
