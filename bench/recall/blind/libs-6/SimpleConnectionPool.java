// EXPECT: close-vs-use-race @ line 69
package probe6b;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A small bounded pool of client connections.
 *
 * <p><b>Thread-safety:</b> this class is thread-safe. {@link #borrow()},
 * {@link #release(Connection)} and {@link #close()} may be called from any thread.
 * After {@link #close()} returns, no connection handed out by this pool is open.
 * The pool owns one daemon thread, {@code pool-evictor}, which periodically closes
 * connections that have been idle for longer than {@code maxIdleMillis}.
 */
public final class SimpleConnectionPool implements AutoCloseable {

    /** A pooled connection; its mutable state is guarded by the owning pool's lock. */
    public static final class Connection {
        private final int id;
        private long lastReturnedMillis;          // guarded by pool lock
        private volatile boolean open = true;

        Connection(int id) { this.id = id; }

        public int id() { return id; }

        public boolean isOpen() { return open; }

        void closeQuietly() { open = false; }
    }

    private final Object lock = new Object();
    private final Deque<Connection> idle = new ArrayDeque<>();   // guarded by lock
    private final List<Connection> all = new ArrayList<>();      // guarded by lock
    private final int maxSize;
    private final long maxIdleMillis;
    private final ScheduledExecutorService evictor;
    private volatile boolean closed;
    private int nextId;                                          // guarded by lock

    private SimpleConnectionPool(int maxSize, long maxIdleMillis) {
        this.maxSize = maxSize;
        this.maxIdleMillis = maxIdleMillis;
        this.evictor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pool-evictor");
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates a pool and starts its evictor thread. */
    public static SimpleConnectionPool create(int maxSize, long maxIdleMillis) {
        SimpleConnectionPool pool = new SimpleConnectionPool(maxSize, maxIdleMillis);
        pool.evictor.scheduleWithFixedDelay(pool::evictIdle, maxIdleMillis, maxIdleMillis,
                TimeUnit.MILLISECONDS);
        return pool;
    }

    /** Borrows a connection, opening a new one when none is idle. Thread-safe. */
    public Connection borrow() {
        if (closed) { // BUG: closed is checked outside the pool lock; close() can run before the lock is taken, so borrow() opens and hands out a connection from a closed pool that is never closed
            throw new IllegalStateException("pool is closed");
        }
        synchronized (lock) {
            Connection c = idle.pollFirst();
            if (c == null) {
                if (all.size() >= maxSize) {
                    throw new IllegalStateException("pool exhausted");
                }
                c = new Connection(nextId++);
                all.add(c);
            }
            return c;
        }
    }

    /** Returns a connection to the pool. Thread-safe. */
    public void release(Connection c) {
        synchronized (lock) {
            if (closed || !c.isOpen()) {
                c.closeQuietly();
                all.remove(c);
                return;
            }
            c.lastReturnedMillis = System.currentTimeMillis();
            idle.addFirst(c);
        }
    }

    /** Runs on the pool-evictor thread. */
    private void evictIdle() {
        long now = System.currentTimeMillis();
        synchronized (lock) {
            for (Iterator<Connection> it = idle.iterator(); it.hasNext(); ) {
                Connection c = it.next();
                if (now - c.lastReturnedMillis > maxIdleMillis) {
                    it.remove();
                    all.remove(c);
                    c.closeQuietly();
                }
            }
        }
    }

    /** Closes every connection owned by the pool. Thread-safe and idempotent. */
    @Override
    public void close() {
        evictor.shutdownNow();
        synchronized (lock) {
            closed = true;
            for (Connection c : all) {
                c.closeQuietly();
            }
            all.clear();
            idle.clear();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SimpleConnectionPool pool = create(8, 50);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            clients.submit(() -> {
                Connection c = pool.borrow();
                try { System.out.println("request on connection " + c.id()); } finally { pool.release(c); }
            });
        }
        pool.close(); // application shutdown races with in-flight borrow() calls on client threads
        clients.shutdown();
        clients.awaitTermination(5, TimeUnit.SECONDS);
    }
}
