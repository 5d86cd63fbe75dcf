// EXPECT: non-thread-safe-shared-object @ line 46
package probe10b; import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Listener that turns security events into audit-trail lines. It is registered
 * on a parallel event bus, so onEvent is invoked from several bus threads at
 * the same time.
 */
public class AuditTrailListener {

    record SecurityEvent(String principal, String action, long timestamp) {}

    /** Minimal parallel bus used by the security module. */
    static final class ParallelBus {
        private final List<AuditTrailListener> listeners = new CopyOnWriteArrayList<>();
        private final ExecutorService pool = Executors.newFixedThreadPool(4);

        void register(AuditTrailListener l) {
            listeners.add(l);
        }

        void publish(SecurityEvent e) {
            for (AuditTrailListener l : listeners) {
                pool.execute(() -> l.onEvent(e));
            }
        }

        void close() throws InterruptedException {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private final SimpleDateFormat timestampFormat = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private final Queue<String> trail = new ConcurrentLinkedQueue<>();

    public void onEvent(SecurityEvent e) {
        String when = timestampFormat.format(new Date(e.timestamp())); // BUG: SimpleDateFormat is not thread-safe and is shared by all bus threads
        trail.add(when + " " + e.principal() + " " + e.action());
    }

    public int size() {
        return trail.size();
    }

    public static void main(String[] args) throws InterruptedException {
        ParallelBus bus = new ParallelBus();
        AuditTrailListener audit = new AuditTrailListener();
        bus.register(audit);

        long base = System.currentTimeMillis();
        for (int i = 0; i < 20_000; i++) {
            bus.publish(new SecurityEvent("user" + (i % 50), i % 2 == 0 ? "LOGIN" : "LOGOUT",
                    base + i * 997L));
        }
        bus.close();
        System.out.println("audit lines=" + audit.size());
    }
}
