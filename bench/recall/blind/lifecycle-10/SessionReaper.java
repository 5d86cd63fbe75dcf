// EXPECT: none
package probe10a; import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Expires idle client sessions. touch()/end() are called by request threads;
 * the reaper thread started by the constructor scans for idle sessions and
 * invokes the expiry callback. close() is called by the container on stop.
 */
public final class SessionReaper implements AutoCloseable {

    private final Map<String, Long> lastSeen;
    private final long idleNanos;
    private final long scanMillis;
    private final Consumer<String> onExpire;
    private final Thread reaper;
    private volatile boolean closed;

    public SessionReaper(Duration idleTimeout, Duration scanInterval, Consumer<String> onExpire) {
        this.lastSeen = new ConcurrentHashMap<>();
        this.idleNanos = idleTimeout.toNanos();
        this.scanMillis = scanInterval.toMillis();
        this.onExpire = onExpire;
        this.reaper = new Thread(this::reapLoop, "session-reaper");
        this.reaper.setDaemon(true);
        this.reaper.start(); // OK: last statement of a final class's constructor; Thread.start() happens-before the reaper's actions, so it sees every field assigned above
    }

    public void touch(String sessionId) {
        lastSeen.put(sessionId, System.nanoTime());
    }

    public void end(String sessionId) {
        lastSeen.remove(sessionId);
    }

    public int activeSessions() {
        return lastSeen.size();
    }

    private void reapLoop() {
        while (!closed) {
            try {
                Thread.sleep(scanMillis);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Map.Entry<String, Long> e : lastSeen.entrySet()) {
                if (now - e.getValue() > idleNanos && lastSeen.remove(e.getKey(), e.getValue())) {
                    try {
                        onExpire.accept(e.getKey());
                    } catch (RuntimeException ex) {
                        System.err.println("expiry callback failed for " + e.getKey() + ": " + ex);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        reaper.interrupt();
        reaper.join();
    }
}
