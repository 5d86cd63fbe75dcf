// EXPECT: check-then-act-concurrent-map @ line 68
package probe5.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registry of authenticated user sessions, keyed by the opaque session token.
 * <p>
 * Sessions are created on the first request that carries a token and are then
 * shared by every request-handling thread that sees the same token. Each session
 * receives a unique serial number that audit logging uses to correlate requests.
 */
public class SessionRegistry {

    /** Immutable view of one session. */
    public static final class Session {
        private final String token;
        private final long serial;
        private final long createdAtMillis;

        Session(String token, long serial, long createdAtMillis) {
            this.token = token;
            this.serial = serial;
            this.createdAtMillis = createdAtMillis;
        }

        public String token() {
            return token;
        }

        public long serial() {
            return serial;
        }

        public long createdAtMillis() {
            return createdAtMillis;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicLong serials = new AtomicLong();

    /** Returns the session for {@code token}, creating it on first use. */
    public Session sessionFor(String token) {
        Session existing = sessions.get(token);
        return existing != null ? existing : register(token);
    }

    /** Removes a session, e.g. on logout. */
    public void invalidate(String token) {
        sessions.remove(token);
    }

    public int size() {
        return sessions.size();
    }

    private Session register(String token) {
        Session current = sessions.get(token);
        if (current != null) {
            return current;
        }
        Session created = new Session(token, serials.incrementAndGet(), System.currentTimeMillis());
        sessions.put(token, created); // BUG: check-then-act on the map; two first requests both create a session and the later put overwrites the earlier one
        return created;
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        Map<Long, Boolean> seenSerials = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                Session s = registry.sessionFor("token-42");
                seenSerials.put(s.serial(), Boolean.TRUE);
            }, "request-" + i);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("distinct sessions handed out: " + seenSerials.size());
    }
}
