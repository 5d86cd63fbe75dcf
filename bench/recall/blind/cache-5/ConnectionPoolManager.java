// EXPECT: unguarded-write-guarded-state @ line 73
package probe5.cache;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Keeps a pool of reusable backend connections.
 * <p>
 * Request threads acquire and release connections; a maintenance timer thread
 * periodically closes connections that have been idle for too long.
 */
public class ConnectionPoolManager {

    /** A stand-in for a real backend connection. */
    public static final class Connection {
        private final int id;

        Connection(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }
    }

    private record IdleEntry(Connection connection, long idleSinceMillis) {
    }

    private final Object lock = new Object();
    private final Deque<IdleEntry> idle = new ArrayDeque<>(); // guarded by lock
    private int created; // guarded by lock
    private final long maxIdleMillis;

    public ConnectionPoolManager(long maxIdleMillis) {
        this.maxIdleMillis = maxIdleMillis;
    }

    public Connection acquire() {
        synchronized (lock) {
            IdleEntry entry = idle.pollFirst();
            if (entry != null) {
                return entry.connection();
            }
            created++;
            return new Connection(created);
        }
    }

    public void release(Connection connection, long nowMillis) {
        synchronized (lock) {
            idle.addFirst(new IdleEntry(connection, nowMillis));
        }
    }

    public int idleCount() {
        synchronized (lock) {
            return idle.size();
        }
    }

    /** Invoked periodically by the maintenance timer thread. */
    public void runMaintenance(long nowMillis) {
        if (evictExpired(nowMillis)) {
            System.out.println("evicted idle connections at " + nowMillis);
        }
    }

    private boolean evictExpired(long nowMillis) {
        return idle.removeIf(e -> nowMillis - e.idleSinceMillis() > maxIdleMillis); // BUG: mutates the lock-guarded idle deque without holding lock while request threads use it
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionPoolManager pool = new ConnectionPoolManager(5);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int n = 0; n < 10_000; n++) {
                    Connection c = pool.acquire();
                    pool.release(c, System.currentTimeMillis());
                }
            }, "request-" + i);
            threads.add(t);
        }
        threads.add(new Thread(() -> {
            for (int n = 0; n < 1_000; n++) {
                pool.runMaintenance(System.currentTimeMillis());
            }
        }, "pool-maintenance"));
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("idle connections: " + pool.idleCount());
    }
}
