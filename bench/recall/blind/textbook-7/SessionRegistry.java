// EXPECT: check-then-act @ line 30
package probe7c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny web-session registry. Request handlers run asynchronously on the
 * common pool and look up (or lazily create) the session of the user.
 */
public class SessionRegistry {

    static final class Session {
        final String user;
        final long createdAt = System.nanoTime();
        final AtomicInteger requests = new AtomicInteger();

        Session(String user) {
            this.user = user;
        }
    }

    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();

    /** Returns the session of the user, creating it on first use. */
    public Session sessionFor(String user) {
        if (!sessions.containsKey(user)) {
            sessions.put(user, new Session(user)); // BUG: check-then-act on the concurrent map; two request threads can both see the user absent and the second put replaces the first session, losing the requests already counted on it
        }
        return sessions.get(user);
    }

    public void handleRequest(String user) {
        Session s = sessionFor(user);
        s.requests.incrementAndGet();
    }

    public int requestCount(String user) {
        Session s = sessions.get(user);
        return s == null ? 0 : s.requests.get();
    }

    public static void main(String[] args) {
        int attempts = 200;
        int lostRuns = 0;
        for (int run = 0; run < attempts; run++) {
            SessionRegistry registry = new SessionRegistry();
            List<CompletableFuture<Void>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(CompletableFuture.runAsync(() -> {
                    for (int r = 0; r < 10; r++) {
                        registry.handleRequest("alice");
                    }
                }));
            }
            CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).join();
            if (registry.requestCount("alice") != 160) {
                lostRuns++;
            }
        }
        System.out.println("runs with lost requests: " + lostRuns + " / " + attempts);
    }
}
