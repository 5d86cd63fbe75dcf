// EXPECT: inconsistent-locking-unlocked-write @ line 62
package probe8a; import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * In-memory session store of the auth service. login/lookup/logout are called
 * concurrently by the request handler pool; expired sessions are purged by a
 * scheduled job. Both maps are guarded by {@code lock}.
 */
public class SessionRegistry {

    static final class Session {
        final String id;
        final String userId;
        volatile long lastSeenMillis;

        Session(String id, String userId, long now) {
            this.id = id;
            this.userId = userId;
            this.lastSeenMillis = now;
        }
    }

    private final Object lock = new Object();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Set<String>> sessionsByUser = new HashMap<>();
    private final long ttlMillis;
    private final ScheduledExecutorService janitor = Executors.newSingleThreadScheduledExecutor();

    public SessionRegistry(long ttlMillis) {
        this.ttlMillis = ttlMillis;
        janitor.scheduleWithFixedDelay(this::purgeExpired, 30, 30, TimeUnit.SECONDS);
    }

    public String login(String userId) {
        Session s = new Session(UUID.randomUUID().toString(), userId, System.currentTimeMillis());
        synchronized (lock) {
            sessions.put(s.id, s);
            sessionsByUser.computeIfAbsent(userId, k -> new HashSet<>()).add(s.id);
        }
        return s.id;
    }

    public String lookup(String sessionId) {
        synchronized (lock) {
            Session s = sessions.get(sessionId);
            if (s == null) {
                return null;
            }
            s.lastSeenMillis = System.currentTimeMillis();
            return s.userId;
        }
    }

    public void logout(String sessionId) {
        Session s = sessions.remove(sessionId); // BUG: HashMap mutated without 'lock' while other handlers use it under the lock
        if (s != null) {
            synchronized (lock) {
                Set<String> ids = sessionsByUser.get(s.userId);
                if (ids != null && ids.remove(sessionId) && ids.isEmpty()) {
                    sessionsByUser.remove(s.userId);
                }
            }
        }
    }

    public int activeSessions(String userId) {
        synchronized (lock) {
            Set<String> ids = sessionsByUser.get(userId);
            return ids == null ? 0 : ids.size();
        }
    }

    private void purgeExpired() {
        long cutoff = System.currentTimeMillis() - ttlMillis;
        synchronized (lock) {
            sessions.values().removeIf(s -> {
                if (s.lastSeenMillis >= cutoff) {
                    return false;
                }
                Set<String> ids = sessionsByUser.get(s.userId);
                if (ids != null && ids.remove(s.id) && ids.isEmpty()) {
                    sessionsByUser.remove(s.userId);
                }
                return true;
            });
        }
    }

    public void shutdown() {
        janitor.shutdownNow();
    }
}
