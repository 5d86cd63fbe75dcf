// EXPECT: none
package probe6a;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Minimal bounded pool of database connections for the order-history service.
 *
 * <p>All connections are opened eagerly in the constructor (before the pool is shared). Request
 * threads borrow with {@link #borrow(long)} and hand back with {@link #giveBack}; a borrower
 * waits on the pool monitor until a connection is returned or the timeout expires.
 */
public final class DatabaseConnectionPool {

    static final class PooledConnection {
        final int id;

        PooledConnection(int id) {
            this.id = id;
        }

        String query(String sql) {
            return "rows for " + sql;
        }
    }

    private final Deque<PooledConnection> idle = new ArrayDeque<>();

    public DatabaseConnectionPool(int size) {
        for (int i = 0; i < size; i++) {
            idle.add(new PooledConnection(i));
        }
    }

    /** @return a connection, or null if none became available within {@code timeoutMillis}. */
    public synchronized PooledConnection borrow(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (idle.isEmpty()) {
            long remaining = deadline - System.currentTimeMillis();
            if (remaining <= 0) {
                return null;
            }
            wait(remaining); // OK: Object.wait releases the pool monitor while blocked, so giveBack() can run and notify
        }
        return idle.pollFirst();
    }

    public synchronized void giveBack(PooledConnection c) {
        idle.addFirst(c);
        notifyAll();
    }

    /** Request handler for GET /orders/history, run on the server's worker threads. */
    static String handleHistory(DatabaseConnectionPool pool, String customerId) {
        try {
            PooledConnection c = pool.borrow(2_000);
            if (c == null) {
                return "503 pool exhausted";
            }
            try {
                return c.query("select * from orders where customer_id = '" + customerId + "'");
            } finally {
                pool.giveBack(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "503 interrupted";
        }
    }

    public static void main(String[] args) throws InterruptedException {
        DatabaseConnectionPool pool = new DatabaseConnectionPool(4);
        ExecutorService workers = Executors.newFixedThreadPool(24);
        for (int i = 0; i < 5_000; i++) {
            String customer = "c-" + (i % 97);
            workers.execute(() -> handleHistory(pool, customer));
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }
}
