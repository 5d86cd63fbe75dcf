// EXPECT: none
package probe8b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Fixed-size pool of client connections shared by all request worker threads.
 * Borrowers block while every connection is checked out.
 */
public class BoundedConnectionPool<C> {
    private final Deque<C> available = new ArrayDeque<>();
    private final Supplier<C> connector;
    private final int maxConnections;
    private int opened;

    public BoundedConnectionPool(Supplier<C> connector, int maxConnections) {
        this.connector = connector;
        this.maxConnections = maxConnections;
    }

    public synchronized C acquire() throws InterruptedException {
        while (available.isEmpty()) {
            if (opened < maxConnections) {
                opened++;
                return connector.get();
            }
            wait(); // OK: guarded by the enclosing while loop, which re-checks the condition under the monitor after every wakeup
        }
        return available.pop();
    }

    public synchronized void release(C conn) {
        available.push(conn);
        notifyAll();
    }

    public synchronized int openCount() {
        return opened;
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedConnectionPool<StringBuilder> pool =
                new BoundedConnectionPool<>(() -> new StringBuilder("conn"), 3);
        ExecutorService workers = Executors.newFixedThreadPool(10);
        for (int i = 0; i < 5_000; i++) {
            final int req = i;
            workers.execute(() -> {
                try {
                    StringBuilder conn = pool.acquire();
                    try {
                        conn.setLength(4);
                        conn.append(":query ").append(req);
                    } finally {
                        pool.release(conn);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
