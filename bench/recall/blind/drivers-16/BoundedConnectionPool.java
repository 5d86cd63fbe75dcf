// EXPECT: blocking-under-lock @ line 40
package probe16a; import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Fixed-size pool of physical database connections. Request threads call borrow()
 * and release() concurrently; when all connections are leased, borrowers wait for
 * one to be returned.
 */
public class BoundedConnectionPool {

    static final class PhysicalConnection {
        final int id;
        long statementsExecuted;

        PhysicalConnection(int id) {
            this.id = id;
        }

        void execute(String sql) {
            statementsExecuted++;
        }
    }

    private final BlockingQueue<PhysicalConnection> idle;
    private int leased;
    private int peakLeased;

    public BoundedConnectionPool(int size) {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            idle.add(new PhysicalConnection(i));
        }
    }

    public synchronized PhysicalConnection borrow() throws InterruptedException {
        PhysicalConnection connection = idle.take(); // BUG: waits for a free connection while holding the pool monitor that release() needs
        leased++;
        peakLeased = Math.max(peakLeased, leased);
        return connection;
    }

    public synchronized void release(PhysicalConnection connection) {
        leased--;
        idle.offer(connection);
    }

    public synchronized String stats() {
        return "leased=" + leased + " peak=" + peakLeased + " idle=" + idle.size();
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedConnectionPool pool = new BoundedConnectionPool(2);
        ExecutorService requestHandlers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 1_000; i++) {
            requestHandlers.execute(() -> {
                try {
                    PhysicalConnection c = pool.borrow();
                    try {
                        c.execute("UPDATE account SET last_seen = now() WHERE id = 42");
                    } finally {
                        pool.release(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        requestHandlers.shutdown();
        if (!requestHandlers.awaitTermination(10, TimeUnit.SECONDS)) {
            System.out.println("pool stalled");
            requestHandlers.shutdownNow();
        }
    }
}
