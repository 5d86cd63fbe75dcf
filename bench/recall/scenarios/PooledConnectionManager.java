// EXPECT: deadlock-lock-order @ line 71
package recall2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Connection pool with abandoned-connection removal, shaped after the commons-dbcp
 * AbandonedObjectPool deadlock: the pool monitor and each connection's monitor are
 * acquired in opposite orders by close() and removeAbandoned().
 */
public class PooledConnectionManager {

    static final class ConnectionPool {
        private final List<PooledConnection> idle = new ArrayList<>();
        private final List<PooledConnection> active = new ArrayList<>();
        private final long abandonedTimeoutMillis;

        ConnectionPool(long abandonedTimeoutMillis) {
            this.abandonedTimeoutMillis = abandonedTimeoutMillis;
        }

        synchronized PooledConnection borrow() {
            PooledConnection c = idle.isEmpty() ? new PooledConnection(this) : idle.remove(idle.size() - 1);
            c.markBorrowed(System.currentTimeMillis());
            active.add(c);
            return c;
        }

        synchronized void returnConnection(PooledConnection c) {
            active.remove(c);
            idle.add(c);
            notifyAll();
        }

        /** Called periodically by the maintenance thread. */
        synchronized void removeAbandoned() {
            long now = System.currentTimeMillis();
            for (Iterator<PooledConnection> it = active.iterator(); it.hasNext(); ) {
                PooledConnection c = it.next();
                if (c.borrowedLongerThan(now, abandonedTimeoutMillis)) {
                    it.remove();
                    c.abandon();
                }
            }
        }
    }

    static final class PooledConnection {
        private final ConnectionPool pool;
        private long borrowedAt;
        private boolean logicallyClosed = true;
        private boolean physicallyClosed;

        PooledConnection(ConnectionPool pool) {
            this.pool = pool;
        }

        synchronized void markBorrowed(long now) {
            borrowedAt = now;
            logicallyClosed = false;
        }

        /** The application calls close() to hand the connection back to the pool. */
        public synchronized void close() {
            if (logicallyClosed) {
                return;
            }
            logicallyClosed = true;
            pool.returnConnection(this);
        }

        synchronized boolean borrowedLongerThan(long now, long timeout) {
            return !logicallyClosed && now - borrowedAt > timeout;
        }

        synchronized void abandon() {
            logicallyClosed = true;
            physicallyClosed = true;
        }

        synchronized boolean isPhysicallyClosed() {
            return physicallyClosed;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionPool pool = new ConnectionPool(0);
        Thread app = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                PooledConnection c = pool.borrow();
                c.close();
            }
        }, "app");
        Thread maintenance = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                pool.removeAbandoned();
            }
        }, "abandoned-remover");
        app.start();
        maintenance.start();
        app.join();
        maintenance.join();
    }
}
