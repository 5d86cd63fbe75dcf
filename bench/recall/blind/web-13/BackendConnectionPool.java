// EXPECT: none
package probe13b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/*
 * Pool of HTTP connections to an upstream backend, shared by proxying handlers.
 * borrow()/giveBack() are called concurrently by request threads; a scheduled
 * stats collector periodically reports on the pool.
 */
public class BackendConnectionPool {

    public interface ReturnListener {
        void connectionReturned(BackendConnectionPool pool, String connectionId);
    }

    private final Deque<String> available = new ArrayDeque<>();
    private final List<ReturnListener> listeners = new CopyOnWriteArrayList<>();
    private int borrowed;

    public BackendConnectionPool(String host, int size) {
        for (int i = 0; i < size; i++) {
            available.push(host + "#" + i);
        }
    }

    public void addListener(ReturnListener listener) {
        listeners.add(listener);
    }

    public synchronized String borrow() throws InterruptedException {
        while (available.isEmpty()) {
            wait();
        }
        borrowed++;
        return available.pop();
    }

    public void giveBack(String connectionId) {
        synchronized (this) {
            borrowed--;
            available.push(connectionId);
            notifyAll();
        }
        for (ReturnListener listener : listeners) {
            listener.connectionReturned(this, connectionId); // OK: the pool monitor is released before calling out, so no lock-order cycle with StatsCollector
        }
    }

    public synchronized int borrowedCount() {
        return borrowed;
    }

    public synchronized int availableCount() {
        return available.size();
    }

    static final class StatsCollector implements ReturnListener {
        private long returns;

        @Override
        public synchronized void connectionReturned(BackendConnectionPool pool, String connectionId) {
            returns++;
        }

        public synchronized String snapshot(BackendConnectionPool pool) {
            return "returns=" + returns + " borrowed=" + pool.borrowedCount() + " available=" + pool.availableCount();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BackendConnectionPool pool = new BackendConnectionPool("inventory.internal:8080", 4);
        StatsCollector stats = new StatsCollector();
        pool.addListener(stats);

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> System.out.println(stats.snapshot(pool)), 0, 1, TimeUnit.MILLISECONDS);

        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            requestThreads.execute(() -> {
                try {
                    String conn = pool.borrow();
                    pool.giveBack(conn);
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
