// EXPECT: visibility-of-a-stop-state-flag @ line 24
package probe13b; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/*
 * Background thread that expires idle HTTP sessions.
 * Request threads touch sessions concurrently; the servlet context's
 * shutdown (running on a different thread) calls shutdown() to stop the reaper.
 */
public class SessionReaper implements Runnable {

    public static final class Session {
        final String id;
        volatile long lastAccessMillis;

        Session(String id, long lastAccessMillis) {
            this.id = id;
            this.lastAccessMillis = lastAccessMillis;
        }
    }

    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final long maxIdleMillis;
    private boolean running = true; // BUG: stop flag is neither volatile nor guarded; the reaper thread may never observe shutdown()'s write
    private volatile Thread reaperThread;

    public SessionReaper(long maxIdleMillis) {
        this.maxIdleMillis = maxIdleMillis;
    }

    public void start() {
        reaperThread = new Thread(this, "session-reaper");
        reaperThread.setDaemon(false);
        reaperThread.start();
    }

    public Session touch(String sessionId, long nowMillis) {
        Session session = sessions.computeIfAbsent(sessionId, id -> new Session(id, nowMillis));
        session.lastAccessMillis = nowMillis;
        return session;
    }

    @Override
    public void run() {
        while (running) {
            long now = System.currentTimeMillis();
            sessions.values().removeIf(s -> now - s.lastAccessMillis > maxIdleMillis);
        }
    }

    public void shutdown() throws InterruptedException {
        running = false;
        reaperThread.join();
    }

    public int size() {
        return sessions.size();
    }

    public static void main(String[] args) throws InterruptedException {
        SessionReaper reaper = new SessionReaper(50);
        reaper.start();
        for (int i = 0; i < 1_000; i++) {
            reaper.touch("JSESSION-" + (i % 100), System.currentTimeMillis());
        }
        Thread.sleep(200);
        reaper.shutdown();
        System.out.println("remaining sessions: " + reaper.size());
    }
}
