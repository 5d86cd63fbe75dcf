package atomicity.checkthenact;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A session store that keeps a user's session while it is fresh and replaces it when it is missing or
 * expired: the replacement is decided on what get() saw, so two logins at once both put a session, and
 * the first one's cookie names a session the map no longer holds.
 */
public class BadSessionReplacedWhenExpired {
    static final long TTL_MILLIS = 30 * 60 * 1000;

    static final class Session {
        final String id = UUID.randomUUID().toString();
        volatile long lastSeen;

        Session(long now) {
            lastSeen = now;
        }
    }

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

    public Session open(String user) {
        long now = System.currentTimeMillis();
        Session existing = sessions.get(user);
        if (existing != null && now - existing.lastSeen < TTL_MILLIS) {
            existing.lastSeen = now;
            return existing;
        }
        Session fresh = new Session(now);
        sessions.put(user, fresh); // expect: CheckThenAct['`get` and then `put` are each atomic, but not together; another thread can change it in between and its update is lost']
        return fresh;
    }

    public static void main(String[] args) {
        BadSessionReplacedWhenExpired store = new BadSessionReplacedWhenExpired();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100; i++) {
            String user = "user-" + (i % 5);
            workers.execute(() -> store.open(user));
        }
        workers.shutdown();
    }
}
