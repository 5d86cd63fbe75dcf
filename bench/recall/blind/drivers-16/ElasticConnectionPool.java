// EXPECT: none
package probe16a; import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Pool of physical connections shared by request threads. borrow() and release()
 * are called concurrently; borrowers wait when every connection is leased.
 */
public class ElasticConnectionPool {

    static final class PooledConnection {
        final int id;
        long statementsExecuted;

        PooledConnection(int id) {
            this.id = id;
        }

        void execute(String sql) {
            statementsExecuted++;
        }
    }

    private final BlockingQueue<PooledConnection> idle;
    private int leased;
    private int peakLeased;

    public ElasticConnectionPool(int size) {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            idle.add(new PooledConnection(i));
        }
    }

    public PooledConnection borrow() throws InterruptedException {
        PooledConnection connection = idle.take(); // OK: blocking take happens before entering the monitor; only bookkeeping is locked
        synchronized (this) {
            leased++;
            peakLeased = Math.max(peakLeased, leased);
        }
        return connection;
    }

    public void release(PooledConnection connection) {
        synchronized (this) {
            leased--;
        }
        idle.offer(connection);
    }

    public synchronized String stats() {
        return "leased=" + leased + " peak=" + peakLeased + " idle=" + idle.size();
    }

    public static void main(String[] args) throws InterruptedException {
        ElasticConnectionPool pool = new ElasticConnectionPool(2);
        ExecutorService requestHandlers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 1_000; i++) {
            requestHandlers.execute(() -> {
                try {
                    PooledConnection c = pool.borrow();
                    try {
                        c.execute("UPDATE cart SET updated_at = now() WHERE id = 7");
                    } finally {
                        pool.release(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        requestHandlers.shutdown();
        requestHandlers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(pool.stats());
    }
}
