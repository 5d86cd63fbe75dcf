// EXPECT: lock-on-reassigned-field @ line 45
package probe5.locks;

import java.util.HashMap;
import java.util.Map;

/**
 * Registry of live user sessions. Every access synchronizes on the current
 * session map; a housekeeping job periodically rotates the map out so that
 * expired sessions can be archived without holding up logins.
 */
public class SessionRegistry {

    /** An authenticated session. */
    public record Session(String id, String user, long createdAtMillis) {
    }

    private Map<String, Session> sessions = new HashMap<>();

    public void register(Session session) {
        synchronized (sessions) {
            sessions.put(session.id(), session);
        }
    }

    public Session lookup(String sessionId) {
        synchronized (sessions) {
            return sessions.get(sessionId);
        }
    }

    public boolean logout(String sessionId) {
        synchronized (sessions) {
            return sessions.remove(sessionId) != null;
        }
    }

    /**
     * Swaps in a fresh map and hands the previous generation to the caller
     * for archiving.
     */
    public Map<String, Session> rotate() {
        synchronized (sessions) {
            Map<String, Session> previous = sessions;
            sessions = new HashMap<>(); // BUG: reassigns the field used as the monitor; threads now lock different objects and mutate the same HashMap concurrently
            return previous;
        }
    }

    public int activeCount() {
        synchronized (sessions) {
            return sessions.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        Thread logins = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                registry.register(new Session("s" + i, "user" + (i % 100), System.currentTimeMillis()));
            }
        }, "logins");
        Thread housekeeping = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                Map<String, Session> archived = registry.rotate();
                if (archived.size() > 1_000_000) {
                    System.out.println("unexpectedly large generation");
                }
            }
        }, "housekeeping");
        logins.start();
        housekeeping.start();
        logins.join();
        housekeeping.join();
        System.out.println("active=" + registry.activeCount());
    }
}
