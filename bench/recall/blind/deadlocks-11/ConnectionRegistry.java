// EXPECT: none
package probe11c; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tracks open upstream connections. open/close are called by the proxy's I/O
 * threads; the connection-limit tracker prints a report from a scheduler thread.
 */
public class ConnectionRegistry {

    public interface ConnectionListener {
        void connectionOpened(String connId, String tenant);

        void connectionClosed(String connId, String tenant);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> tenantByConn = new HashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile int lastKnownCount;

    public void addListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    public void open(String connId, String tenant) {
        lock.lock();
        try {
            tenantByConn.put(connId, tenant);
            lastKnownCount = tenantByConn.size();
            for (ConnectionListener listener : listeners) {
                listener.connectionOpened(connId, tenant); // OK: the only reverse path (LimitTracker.report -> activeCount) uses tryLock with a timeout, so the cycle always breaks
            }
        } finally {
            lock.unlock();
        }
    }

    public void close(String connId) {
        lock.lock();
        try {
            String tenant = tenantByConn.remove(connId);
            lastKnownCount = tenantByConn.size();
            if (tenant != null) {
                for (ConnectionListener listener : listeners) {
                    listener.connectionClosed(connId, tenant);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Returns the live count, or the last published count if the registry is busy. */
    public int activeCount(long timeoutMillis) throws InterruptedException {
        if (!lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
            return lastKnownCount;
        }
        try {
            return tenantByConn.size();
        } finally {
            lock.unlock();
        }
    }

    static final class LimitTracker implements ConnectionListener {
        private final ConnectionRegistry registry;
        private final Map<String, Integer> perTenant = new HashMap<>();

        LimitTracker(ConnectionRegistry registry) {
            this.registry = registry;
        }

        @Override
        public synchronized void connectionOpened(String connId, String tenant) {
            perTenant.merge(tenant, 1, Integer::sum);
        }

        @Override
        public synchronized void connectionClosed(String connId, String tenant) {
            perTenant.merge(tenant, -1, Integer::sum);
        }

        synchronized String report() throws InterruptedException {
            int total = registry.activeCount(50);
            return "open=" + total + " perTenant=" + perTenant;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionRegistry registry = new ConnectionRegistry();
        LimitTracker tracker = new LimitTracker(registry);
        registry.addListener(tracker);

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> {
            try {
                System.out.println(tracker.report());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, 0, 1, TimeUnit.MILLISECONDS);

        ExecutorService ioThreads = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 50_000; i++) {
            String id = "c-" + i;
            String tenant = "tenant-" + (i % 7);
            ioThreads.submit(() -> {
                registry.open(id, tenant);
                registry.close(id);
            });
        }
        ioThreads.shutdown();
        ioThreads.awaitTermination(30, TimeUnit.SECONDS);
        scheduler.shutdownNow();
    }
}
