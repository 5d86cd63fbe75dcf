package atomicity.checkthenact;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * BadSessionReplacedWhenExpired with the keep-or-replace decision made inside compute(): the map runs it
 * atomically for the key, so two logins at once get the same session.
 */
public class GoodSessionReplacedWithCompute {
    static final long TTL_MILLIS = 30 * 60 * 1000;

    static final class Session {
        final String id = UUID.randomUUID().toString();
        final long created;

        Session(long now) {
            created = now;
        }
    }

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

    public Session open(String user) {
        long now = System.currentTimeMillis();
        return sessions.compute(user, (u, existing) ->
                existing != null && now - existing.created < TTL_MILLIS ? existing : new Session(now));
    }

    public static void main(String[] args) {
        GoodSessionReplacedWithCompute store = new GoodSessionReplacedWithCompute();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100; i++) {
            String user = "user-" + (i % 5);
            workers.execute(() -> store.open(user));
        }
        workers.shutdown();
    }
}
