// EXPECT: none
package probe8a; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tracks open upstream connections of the proxy. open/close are called
 * concurrently by request handlers; an idle reaper runs on a scheduled thread.
 * {@code connections} and {@code openCount} are guarded by {@code this}.
 */
public class ConnectionTracker {

    static final class Connection {
        final String id;
        final String upstream;
        long lastActivityMillis;

        Connection(String id, String upstream, long now) {
            this.id = id;
            this.upstream = upstream;
            this.lastActivityMillis = now;
        }
    }

    private final Map<String, Connection> connections = new HashMap<>();
    private final long idleTimeoutMillis;
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor();
    private int openCount;

    public ConnectionTracker(long idleTimeoutMillis) {
        this.idleTimeoutMillis = idleTimeoutMillis;
        reaper.scheduleWithFixedDelay(this::reapIdle, 5, 5, TimeUnit.SECONDS);
    }

    public synchronized void open(String id, String upstream) {
        connections.put(id, new Connection(id, upstream, System.currentTimeMillis()));
        openCount++;
    }

    public synchronized void markActive(String id) {
        Connection c = connections.get(id);
        if (c != null) {
            c.lastActivityMillis = System.currentTimeMillis();
        }
    }

    public synchronized void close(String id) {
        unregisterLocked(id);
    }

    public synchronized int openConnections() {
        return openCount;
    }

    private synchronized void reapIdle() {
        long cutoff = System.currentTimeMillis() - idleTimeoutMillis;
        List<String> idle = new ArrayList<>();
        for (Connection c : connections.values()) {
            if (c.lastActivityMillis < cutoff) {
                idle.add(c.id);
            }
        }
        for (String id : idle) {
            unregisterLocked(id);
        }
    }

    private void unregisterLocked(String id) {
        Connection c = connections.remove(id); // OK: private helper only called from synchronized close() and reapIdle()
        if (c != null) {
            openCount--;
        }
    }

    public void shutdown() {
        reaper.shutdownNow();
    }
}
