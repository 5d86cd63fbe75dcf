// EXPECT: wait-not-in-loop @ line 35
package probe7a; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Minimal fixed-size JDBC-style connection pool shared by the repository layer.
 * Request threads borrow a connection, run their queries and release it.
 */
public class DbConnectionPool {

    public interface PooledConnection {
        String id();
        boolean isValid();
        void close();
    }

    private final Deque<PooledConnection> idle = new ArrayDeque<>();
    private final Supplier<PooledConnection> factory;
    private int leased;
    private boolean closed;

    public DbConnectionPool(int size, Supplier<PooledConnection> factory) {
        this.factory = factory;
        for (int i = 0; i < size; i++) {
            idle.addLast(factory.get());
        }
    }

    public synchronized PooledConnection borrow() throws InterruptedException {
        if (closed) {
            throw new IllegalStateException("pool closed");
        }
        if (idle.isEmpty()) {
            wait(); // BUG: wait() guarded by if instead of while: release() calls notifyAll, so two request threads parked here both wake for one returned connection (or a barging borrower takes it first); the second proceeds with an empty deque and removeFirst throws NoSuchElementException
        }
        PooledConnection c = idle.removeFirst();
        if (!c.isValid()) {
            c.close();
            c = factory.get();
        }
        leased++;
        return c;
    }

    public synchronized void release(PooledConnection c) {
        leased--;
        if (closed) {
            c.close();
            return;
        }
        idle.addLast(c);
        notifyAll();
    }

    public synchronized int leasedCount() {
        return leased;
    }

    public synchronized void close() {
        closed = true;
        while (!idle.isEmpty()) {
            idle.removeFirst().close();
        }
        notifyAll();
    }
}
