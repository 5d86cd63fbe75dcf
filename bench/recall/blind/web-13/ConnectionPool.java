// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out-or-blocking @ line 49
package probe13b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/*
 * Fixed-size pool of database connections shared by request handlers.
 * acquire()/release() are called concurrently by request threads; a scheduled
 * health monitor periodically builds a report that queries the pool.
 */
public class ConnectionPool {

    public interface PoolListener {
        void onRelease(ConnectionPool pool, String connectionId);
    }

    private final Deque<String> idle = new ArrayDeque<>();
    private final List<PoolListener> listeners = new CopyOnWriteArrayList<>();
    private int leased;

    public ConnectionPool(int size) {
        for (int i = 0; i < size; i++) {
            idle.push("conn-" + i);
        }
    }

    public void addListener(PoolListener listener) {
        listeners.add(listener);
    }

    public synchronized String acquire() throws InterruptedException {
        while (idle.isEmpty()) {
            wait();
        }
        leased++;
        return idle.pop();
    }

    public synchronized void release(String connectionId) {
        leased--;
        idle.push(connectionId);
        notifyAll();
        for (PoolListener listener : listeners) {
            listener.onRelease(this, connectionId); // BUG: calls out to a listener while holding the pool monitor; HealthMonitor locks itself then the pool -> lock-order deadlock
        }
    }

    public synchronized int leasedCount() {
        return leased;
    }

    public synchronized int idleCount() {
        return idle.size();
    }

    static final class HealthMonitor implements PoolListener {
        private long releases;

        @Override
        public synchronized void onRelease(ConnectionPool pool, String connectionId) {
            releases++;
        }

        public synchronized String report(ConnectionPool pool) {
            return "releases=" + releases + " leased=" + pool.leasedCount() + " idle=" + pool.idleCount();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionPool pool = new ConnectionPool(4);
        HealthMonitor monitor = new HealthMonitor();
        pool.addListener(monitor);

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> System.out.println(monitor.report(pool)), 0, 1, TimeUnit.MILLISECONDS);

        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            requestThreads.execute(() -> {
                try {
                    String conn = pool.acquire();
                    pool.release(conn);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        scheduler.shutdownNow();
    }
}
