// EXPECT: lock-order-deadlock-via-callback @ line 49
package probe11c; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tracks live client sessions. open/close are called by the acceptor threads;
 * the quota tracker prints a usage report from a scheduler thread.
 */
public class SessionRegistry {

    public interface SessionListener {
        void sessionOpened(String sessionId, String tenant);

        void sessionClosed(String sessionId, String tenant);
    }

    private final Map<String, String> tenantBySession = new HashMap<>();
    private final List<SessionListener> listeners = new ArrayList<>();

    public synchronized void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public synchronized void open(String sessionId, String tenant) {
        tenantBySession.put(sessionId, tenant);
        fire(l -> l.sessionOpened(sessionId, tenant));
    }

    public synchronized void close(String sessionId) {
        String tenant = tenantBySession.remove(sessionId);
        if (tenant != null) {
            fire(l -> l.sessionClosed(sessionId, tenant));
        }
    }

    public synchronized int activeCount() {
        return tenantBySession.size();
    }

    private void fire(Consumer<SessionListener> event) {
        for (SessionListener listener : listeners) {
            event.accept(listener); // BUG: listener runs under the registry monitor and takes the tracker monitor; QuotaTracker.report() takes them in the opposite order
        }
    }

    static final class QuotaTracker implements SessionListener {
        private final SessionRegistry registry;
        private final Map<String, Integer> perTenant = new HashMap<>();

        QuotaTracker(SessionRegistry registry) {
            this.registry = registry;
        }

        @Override
        public synchronized void sessionOpened(String sessionId, String tenant) {
            perTenant.merge(tenant, 1, Integer::sum);
        }

        @Override
        public synchronized void sessionClosed(String sessionId, String tenant) {
            perTenant.merge(tenant, -1, Integer::sum);
        }

        synchronized String report() {
            int total = registry.activeCount();
            return "active=" + total + " perTenant=" + perTenant;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        QuotaTracker tracker = new QuotaTracker(registry);
        registry.addListener(tracker);

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> System.out.println(tracker.report()), 0, 1, TimeUnit.MILLISECONDS);

        ExecutorService acceptors = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 50_000; i++) {
            String id = "s-" + i;
            String tenant = "tenant-" + (i % 7);
            acceptors.submit(() -> {
                registry.open(id, tenant);
                registry.close(id);
            });
        }
        acceptors.shutdown();
        acceptors.awaitTermination(30, TimeUnit.SECONDS);
        scheduler.shutdownNow();
    }
}
