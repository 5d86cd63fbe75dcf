// EXPECT: unsafe-iteration @ line 91
package recall2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HTTP session manager (Tomcat StandardManager style). Request threads create, find and
 * invalidate sessions; a background reaper thread expires idle sessions.
 */
public class SessionManager {

    public static final class Session {
        private final String id;
        private final long maxInactiveMillis;
        private volatile long lastAccessed = System.currentTimeMillis();

        Session(String id, long maxInactiveMillis) {
            this.id = id;
            this.maxInactiveMillis = maxInactiveMillis;
        }

        public String getId() {
            return id;
        }

        void access() {
            lastAccessed = System.currentTimeMillis();
        }

        boolean isExpired(long now) {
            return now - lastAccessed > maxInactiveMillis;
        }
    }

    private final Map<String, Session> sessions = new HashMap<>();
    private final long maxInactiveMillis;
    private Thread reaper;

    public SessionManager(long maxInactiveMillis) {
        this.maxInactiveMillis = maxInactiveMillis;
    }

    public Session createSession() {
        Session s = new Session(UUID.randomUUID().toString(), maxInactiveMillis);
        synchronized (sessions) {
            sessions.put(s.getId(), s);
        }
        return s;
    }

    public Session findSession(String id) {
        Session s;
        synchronized (sessions) {
            s = sessions.get(id);
        }
        if (s != null) {
            s.access();
        }
        return s;
    }

    public void invalidate(String id) {
        synchronized (sessions) {
            sessions.remove(id);
        }
    }

    public void startReaper(long intervalMillis) {
        reaper = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                processExpires();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "session-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    /** Runs on the reaper thread. */
    void processExpires() {
        long now = System.currentTimeMillis();
        List<String> expired = new ArrayList<>();
        for (Session s : sessions.values()) {
            if (s.isExpired(now)) {
                expired.add(s.getId());
            }
        }
        for (String id : expired) {
            invalidate(id);
        }
    }

    public void stop() {
        if (reaper != null) {
            reaper.interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SessionManager manager = new SessionManager(1);
        manager.startReaper(1);
        Thread[] requests = new Thread[4];
        for (int t = 0; t < requests.length; t++) {
            requests[t] = new Thread(() -> {
                for (int i = 0; i < 100_000; i++) {
                    Session s = manager.createSession();
                    manager.findSession(s.getId());
                }
            });
            requests[t].start();
        }
        for (Thread t : requests) {
            t.join();
        }
        manager.stop();
    }
}
