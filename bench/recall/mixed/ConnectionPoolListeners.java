// EXPECT: alien-call-under-lock @ line 61
package recall3;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small JDBC-style connection pool shared by all worker threads. Pool listeners are
 * supplied by applications (metrics, logging, leak detectors) and are notified whenever a
 * connection is returned to the pool.
 */
public class ConnectionPoolListeners {

    /** Callback implemented by client code; it may block or call back into the pool. */
    public interface PoolListener {
        void connectionReleased(Connection c, int idleCount);
    }

    public static final class Connection {
        private final int id;

        Connection(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }
    }

    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<PoolListener> listeners = new CopyOnWriteArrayList<>();
    private final int maxSize;
    private int created;

    public ConnectionPoolListeners(int maxSize) {
        this.maxSize = maxSize;
    }

    public void addListener(PoolListener listener) {
        listeners.add(listener);
    }

    public synchronized Connection acquire() throws InterruptedException {
        while (idle.isEmpty() && created >= maxSize) {
            wait();
        }
        if (!idle.isEmpty()) {
            return idle.pop();
        }
        created++;
        return new Connection(created);
    }

    public synchronized void release(Connection c) {
        idle.push(c);
        notifyAll();
        for (PoolListener listener : listeners) {
            listener.connectionReleased(c, idle.size());
        }
    }

    public synchronized int idleCount() {
        return idle.size();
    }
}
