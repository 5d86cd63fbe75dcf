// EXPECT: notify-instead-of-notifyall @ line 52
package probe5.locks;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Fixed-size pool of database connections. Callers borrow a connection and
 * must release it; an administrative thread can wait until the pool is
 * quiescent (no connection checked out) before running maintenance.
 * <p>
 * Two different conditions ("a connection is idle" and "nothing is in use")
 * are waited for on the same pool monitor.
 */
public class ConnectionPool {

    /** Stand-in for a physical connection. */
    public static final class PooledConnection {
        private final int slot;

        PooledConnection(int slot) {
            this.slot = slot;
        }

        public String execute(String sql) {
            return "slot-" + slot + ": " + sql;
        }
    }

    private final Deque<PooledConnection> idle = new ArrayDeque<>();
    private int inUse;

    public ConnectionPool(int size) {
        for (int i = 0; i < size; i++) {
            idle.push(new PooledConnection(i));
        }
    }

    /** Borrows a connection, waiting while all of them are checked out. */
    public synchronized PooledConnection borrow() throws InterruptedException {
        while (idle.isEmpty()) {
            wait();
        }
        inUse++;
        return idle.pop();
    }

    /** Returns a previously borrowed connection to the pool. */
    public synchronized void release(PooledConnection connection) {
        idle.push(connection);
        inUse--;
        notify(); // BUG: single notify may wake the awaitQuiescent() waiter (still inUse>0) instead of a blocked borrower -> lost wakeup, borrower stalls with an idle connection
    }

    /** Blocks until every connection has been returned. */
    public synchronized void awaitQuiescent() throws InterruptedException {
        while (inUse > 0) {
            wait();
        }
    }

    public synchronized int idleCount() {
        return idle.size();
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionPool pool = new ConnectionPool(2);
        Thread[] clients = new Thread[4];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < 1_000; i++) {
                        PooledConnection conn = pool.borrow();
                        try {
                            conn.execute("select 1");
                        } finally {
                            pool.release(conn);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "client-" + c);
            clients[c].start();
        }
        Thread maintenance = new Thread(() -> {
            try {
                pool.awaitQuiescent();
                System.out.println("pool quiescent, idle=" + pool.idleCount());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "maintenance");
        maintenance.start();
        for (Thread client : clients) {
            client.join();
        }
        maintenance.join();
    }
}
