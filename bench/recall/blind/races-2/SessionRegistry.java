// EXPECT: subclass-writes-superclass-guarded-field @ line 42
package probe2.races;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks logged-in users and exposes an "idle since" timestamp used by the
 * health endpoint to decide whether the node can be drained.
 */
public class SessionRegistry {

    /** Base for components that report their last activity to the health checker. */
    abstract static class TrackedComponent {
        /** Guarded by {@code this}. */
        protected long lastActivityMillis;

        public synchronized long lastActivity() {
            return lastActivityMillis;
        }

        protected synchronized void markActive(long nowMillis) {
            if (nowMillis > lastActivityMillis) {
                lastActivityMillis = nowMillis;
            }
        }

        public boolean idleLongerThan(long millis) {
            return System.currentTimeMillis() - lastActivity() > millis;
        }
    }

    static final class UserSessionTracker extends TrackedComponent {
        private final Map<String, Long> loginTimes = new ConcurrentHashMap<>();

        void onLogin(String userId) {
            long now = System.currentTimeMillis();
            loginTimes.put(userId, now);
            lastActivityMillis = now; // BUG: subclass writes superclass field guarded by 'this' without holding the lock
        }

        void onLogout(String userId) {
            loginTimes.remove(userId);
            markActive(System.currentTimeMillis());
        }

        int activeSessions() {
            return loginTimes.size();
        }
    }

    private final UserSessionTracker tracker = new UserSessionTracker();
    private final ExecutorService requestThreads = Executors.newFixedThreadPool(6);

    public void handleLogin(String userId) {
        requestThreads.execute(() -> tracker.onLogin(userId));
    }

    public void handleLogout(String userId) {
        requestThreads.execute(() -> tracker.onLogout(userId));
    }

    public boolean drainable() {
        return tracker.activeSessions() == 0 && tracker.idleLongerThan(30_000);
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        Thread health = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                System.out.println("last activity " + registry.tracker.lastActivity());
            }
        }, "health-check");
        health.start();
        for (int i = 0; i < 200; i++) {
            registry.handleLogin("user-" + i);
            registry.handleLogout("user-" + (i / 2));
        }
        health.join();
        registry.requestThreads.shutdown();
        registry.requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("drainable=" + registry.drainable());
    }
}
