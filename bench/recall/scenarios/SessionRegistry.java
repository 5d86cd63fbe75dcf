// EXPECT: none
package recall2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registry of user sessions keyed by id, with per-user login counters and a reaper that
 * expires idle sessions. Used by request threads and a background reaper thread.
 */
public class SessionRegistry {

    public static final class UserSession {
        private final String id;
        private final String user;
        private volatile long lastAccess = System.currentTimeMillis();

        UserSession(String id, String user) {
            this.id = id;
            this.user = user;
        }

        public String id() {
            return id;
        }

        public String user() {
            return user;
        }

        void touch() {
            lastAccess = System.currentTimeMillis();
        }

        long lastAccess() {
            return lastAccess;
        }
    }

    private final Map<String, UserSession> sessions = Collections.synchronizedMap(new HashMap<>());
    private final ConcurrentMap<String, Long> loginsPerUser = new ConcurrentHashMap<>();
    private final AtomicLong sessionIds = new AtomicLong();
    private final long maxIdleMillis;

    public SessionRegistry(long maxIdleMillis) {
        this.maxIdleMillis = maxIdleMillis;
    }

    public UserSession login(String user) {
        String id = user + "-" + sessionIds.incrementAndGet();
        loginsPerUser.merge(user, 1L, Long::sum);
        return sessions.computeIfAbsent(id, k -> new UserSession(k, user));
    }

    public UserSession lookup(String id) {
        UserSession s = sessions.get(id);
        if (s != null) {
            s.touch();
        }
        return s;
    }

    /** Runs on the reaper thread. */
    public List<String> reap() {
        long now = System.currentTimeMillis();
        List<String> expired = new ArrayList<>();
        synchronized (sessions) {
            for (Iterator<UserSession> it = sessions.values().iterator(); it.hasNext(); ) {
                UserSession s = it.next();
                if (now - s.lastAccess() > maxIdleMillis) {
                    it.remove();
                    expired.add(s.id());
                }
            }
        }
        return expired;
    }

    public long logins(String user) {
        return loginsPerUser.getOrDefault(user, 0L);
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry(1);
        Thread reaper = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                registry.reap();
            }
        }, "reaper");
        Thread requests = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                UserSession s = registry.login("user" + (i % 10));
                registry.lookup(s.id());
            }
        }, "requests");
        reaper.start();
        requests.start();
        reaper.join();
        requests.join();
        System.out.println(registry.logins("user1"));
    }
}
