// EXPECT: unsafe-iteration @ line 73
package recall2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Connection pool with a background idle-object evictor, in the style of commons-dbcp 1.x.
 * Borrowers and the evictor run on different threads.
 */
public class EvictingConnectionPool {

    static final class PooledConnection {
        final int id;
        long lastReturnedAt; // written under the pool lock
        private boolean open = true;

        PooledConnection(int id) {
            this.id = id;
            this.lastReturnedAt = System.currentTimeMillis();
        }

        void physicallyClose() {
            open = false;
        }

        boolean isOpen() {
            return open;
        }
    }

    private final LinkedList<PooledConnection> idle = new LinkedList<>();
    private final Object poolLock = new Object();
    private final long minEvictableIdleMillis;
    private final ScheduledExecutorService evictor = Executors.newSingleThreadScheduledExecutor();
    private int createdCount;
    private long evictedCount;

    public EvictingConnectionPool(long minEvictableIdleMillis) {
        this.minEvictableIdleMillis = minEvictableIdleMillis;
    }

    public void startEvictor(long periodMillis) {
        evictor.scheduleWithFixedDelay(this::evict, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public PooledConnection borrowConnection() {
        synchronized (poolLock) {
            PooledConnection c = idle.pollFirst();
            if (c == null) {
                c = new PooledConnection(++createdCount);
            }
            return c;
        }
    }

    public void returnConnection(PooledConnection c) {
        synchronized (poolLock) {
            c.lastReturnedAt = System.currentTimeMillis();
            idle.addFirst(c);
        }
    }

    /** Runs periodically on the evictor thread. */
    void evict() {
        long now = System.currentTimeMillis();
        Iterator<PooledConnection> it = idle.iterator();
        while (it.hasNext()) {
            PooledConnection c = it.next();
            if (now - c.lastReturnedAt > minEvictableIdleMillis) {
                it.remove();
                c.physicallyClose();
                evictedCount++;
            }
        }
    }

    public void close() {
        evictor.shutdownNow();
        List<PooledConnection> toClose;
        synchronized (poolLock) {
            toClose = new ArrayList<>(idle);
            idle.clear();
        }
        for (PooledConnection c : toClose) {
            c.physicallyClose();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        EvictingConnectionPool pool = new EvictingConnectionPool(2);
        pool.startEvictor(1);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            clients.execute(() -> {
                for (int n = 0; n < 200_000; n++) {
                    PooledConnection c = pool.borrowConnection();
                    pool.returnConnection(c);
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
        pool.close();
    }
}
