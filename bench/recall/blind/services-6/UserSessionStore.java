// EXPECT: check-then-act @ line 50
package probe6a;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * In-memory session store backing the login gateway.
 *
 * <p>{@link #openSession(String)} is invoked by the gateway's HTTP worker pool, one call per
 * incoming {@code POST /login}. A user that logs in from two tabs at the same time therefore
 * produces two concurrent calls for the same user id.
 */
public final class UserSessionStore {

    /** Idle sessions older than this are considered expired. */
    private static final long SESSION_TTL_MILLIS = TimeUnit.MINUTES.toMillis(30);

    public static final class Session {
        final String sessionId;
        final String userId;
        final long createdAt;
        volatile long lastSeenAt;

        Session(String userId, long now) {
            this.sessionId = UUID.randomUUID().toString();
            this.userId = userId;
            this.createdAt = now;
            this.lastSeenAt = now;
        }
    }

    private final ConcurrentHashMap<String, Session> sessionsByUser = new ConcurrentHashMap<>();

    /**
     * Returns the user's live session, or creates a new one. Each user must have at most one
     * session: the returned session id is written into the auth cookie.
     */
    public Session openSession(String userId) {
        long now = System.currentTimeMillis();
        Session existing = sessionsByUser.get(userId);
        if (existing != null && now - existing.lastSeenAt < SESSION_TTL_MILLIS) {
            existing.lastSeenAt = now;
            return existing;
        }
        Session fresh = new Session(userId, now);
        sessionsByUser.put(userId, fresh); // BUG: get-then-put is not atomic; concurrent logins overwrite each other's session
        return fresh;
    }

    public boolean isValid(String userId, String sessionId) {
        Session s = sessionsByUser.get(userId);
        return s != null && s.sessionId.equals(sessionId);
    }

    public void logout(String userId) {
        sessionsByUser.remove(userId);
    }

    /** Simulates the gateway's request worker pool. */
    public static void main(String[] args) throws InterruptedException {
        UserSessionStore store = new UserSessionStore();
        ExecutorService httpWorkers = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 1_000; i++) {
            String user = "user-" + (i % 50);
            httpWorkers.execute(() -> {
                Session s = store.openSession(user);
                if (!store.isValid(user, s.sessionId)) {
                    System.err.println("issued a cookie for a session that no longer exists: " + user);
                }
            });
        }
        httpWorkers.shutdown();
        httpWorkers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
