// EXPECT: check-then-act @ line 14
package recall;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class SessionRegistry {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public Session open(String user) {
        if (!sessions.containsKey(user)) {
            Session s = new Session(user);
            sessions.put(user, s);
            return s;
        }
        return sessions.get(user);
    }

    public int size() {
        return sessions.size();
    }

    static final class Session {
        final String user;
        final long created = System.nanoTime();

        Session(String user) {
            this.user = user;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry reg = new SessionRegistry();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            final String user = "user" + (i % 10);
            pool.execute(() -> reg.open(user));
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(reg.size());
    }
}
