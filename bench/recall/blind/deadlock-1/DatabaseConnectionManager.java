// EXPECT: blocking-under-lock @ line 35
package probe.dl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Hands out pooled database connections to request-handling threads. */
public class DatabaseConnectionManager {

    public static final class PooledConnection {
        final int id;

        PooledConnection(int id) {
            this.id = id;
        }
    }

    private final Deque<PooledConnection> idle = new ArrayDeque<>();
    private final int maxOpen;
    private int opened;

    public DatabaseConnectionManager(int maxOpen) {
        this.maxOpen = maxOpen;
    }

    public synchronized PooledConnection acquire() throws InterruptedException {
        int attempt = 0;
        while (idle.isEmpty() && opened >= maxOpen) {
            if (++attempt > 5) {
                throw new IllegalStateException("connection pool exhausted");
            }
            Thread.sleep(20L * attempt); // BUG: backs off while holding the manager monitor, so release() can never hand a connection back
        }
        if (!idle.isEmpty()) {
            return idle.pop();
        }
        opened++;
        return new PooledConnection(opened);
    }

    public synchronized void release(PooledConnection connection) {
        idle.push(connection);
    }

    public static void main(String[] args) throws InterruptedException {
        DatabaseConnectionManager manager = new DatabaseConnectionManager(2);
        ExecutorService requestThreads = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 30; i++) {
            requestThreads.execute(() -> {
                try {
                    PooledConnection c = manager.acquire();
                    try {
                        Thread.sleep(5); // simulated query
                    } finally {
                        manager.release(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
