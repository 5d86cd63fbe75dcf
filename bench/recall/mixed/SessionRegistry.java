// EXPECT: race-read @ line 41
package recall3;

import java.lang.annotation.Documented;
import java.util.HashMap;
import java.util.Map;

/**
 * Registry of live HTTP sessions. One instance is shared by all request-handling threads of
 * the servlet container: sessions are registered on login, looked up on every request and
 * invalidated on logout or by the expiry sweeper thread.
 */
@SessionRegistry.ThreadSafe
public class SessionRegistry {

    /** Documents that instances may be used concurrently. */
    @Documented
    public @interface ThreadSafe {}

    /** Documents the lock that guards a field. */
    @Documented
    public @interface GuardedBy {
        String value();
    }

    public record Session(String id, String user, long createdMillis) {}

    @GuardedBy("this")
    private final Map<String, Session> sessions = new HashMap<>();

    public synchronized void register(Session session) {
        sessions.put(session.id(), session);
    }

    public synchronized Session invalidate(String sessionId) {
        return sessions.remove(sessionId);
    }

    /** Called on every request, so it avoids the lock. */
    public Session lookup(String sessionId) {
        return sessions.get(sessionId);
    }

    public synchronized int activeCount() {
        return sessions.size();
    }

    public synchronized void expireOlderThan(long cutoffMillis) {
        sessions.values().removeIf(s -> s.createdMillis() < cutoffMillis);
    }
}
