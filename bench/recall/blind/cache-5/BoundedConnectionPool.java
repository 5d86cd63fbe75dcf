// EXPECT: none
package probe5.cache;

// OK: idle, created and closed are only touched while holding the single ReentrantLock; waiting uses Condition.awaitNanos in a loop and InterruptedException is propagated or restored

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fixed-capacity pool of backend connections with idle eviction. Callers block
 * (with a timeout) when all connections are leased.
 */
public class BoundedConnectionPool implements AutoCloseable {

    /** Stand-ins for a real backend connection and its idle bookkeeping. */
    public record Connection(int id) { }
    private record IdleEntry(Connection connection, long idleSinceMillis) { }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<IdleEntry> idle = new ArrayDeque<>(); // guarded by lock
    private final int capacity;
    private int created; // guarded by lock
    private boolean closed; // guarded by lock

    public BoundedConnectionPool(int capacity) {
        this.capacity = capacity;
    }

    public Connection acquire(long timeoutMillis) throws InterruptedException, TimeoutException {
        long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("pool closed");
                }
                IdleEntry entry = idle.pollFirst();
                if (entry != null) {
                    return entry.connection();
                }
                if (created < capacity) {
                    created++;
                    return new Connection(created);
                }
                if (nanos <= 0) {
                    throw new TimeoutException("no connection within " + timeoutMillis + " ms");
                }
                nanos = changed.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    public void release(Connection connection, long nowMillis) {
        lock.lock();
        try {
            if (!closed) {
                idle.addFirst(new IdleEntry(connection, nowMillis));
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the maintenance thread; frees capacity held by stale idle connections. */
    public int evictExpired(long nowMillis, long maxIdleMillis) {
        lock.lock();
        try {
            int before = idle.size();
            idle.removeIf(e -> nowMillis - e.idleSinceMillis() > maxIdleMillis);
            int evicted = before - idle.size();
            created -= evicted; // evicted connections no longer count against capacity
            changed.signalAll();
            return evicted;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            idle.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedConnectionPool pool = new BoundedConnectionPool(2);
        Runnable work = () -> {
            try {
                for (int n = 0; n < 1_000; n++) {
                    pool.release(pool.acquire(1_000), System.currentTimeMillis());
                    pool.evictExpired(System.currentTimeMillis(), 50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException e) {
                System.err.println(Thread.currentThread().getName() + ": " + e.getMessage());
            }
        };
        Thread a = new Thread(work, "request-a");
        Thread b = new Thread(work, "request-b");
        a.start();
        b.start();
        a.join();
        b.join();
        pool.close();
    }
}
