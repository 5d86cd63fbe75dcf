// EXPECT: none
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
 * Listener that turns HTTP request events into access-log lines. It is
 * registered on a parallel event bus, so onEvent is invoked from several bus
 * threads at the same time.
 */
public class AccessLogListener {

    record RequestEvent(String client, String path, int status, long timestamp) {}

    /** Minimal parallel bus used by the HTTP front end. */
    static final class ParallelBus {
        private final List<AccessLogListener> listeners = new CopyOnWriteArrayList<>();
        private final ExecutorService pool = Executors.newFixedThreadPool(4);

        void register(AccessLogListener l) {
            listeners.add(l);
        }

        void publish(RequestEvent e) {
            for (AccessLogListener l : listeners) {
                pool.execute(() -> l.onEvent(e));
            }
        }

        void close() throws InterruptedException {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static final ThreadLocal<SimpleDateFormat> TIMESTAMP_FORMAT =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z"));
    private final Queue<String> lines = new ConcurrentLinkedQueue<>();

    public void onEvent(RequestEvent e) {
        String when = TIMESTAMP_FORMAT.get().format(new Date(e.timestamp())); // OK: each bus thread gets its own SimpleDateFormat via ThreadLocal
        lines.add(e.client() + " [" + when + "] " + e.path() + " " + e.status());
    }

    public int size() {
        return lines.size();
    }

    public static void main(String[] args) throws InterruptedException {
        ParallelBus bus = new ParallelBus();
        AccessLogListener accessLog = new AccessLogListener();
        bus.register(accessLog);

        long base = System.currentTimeMillis();
        for (int i = 0; i < 20_000; i++) {
            bus.publish(new RequestEvent("10.0.0." + (i % 250), "/api/items/" + i,
                    i % 10 == 0 ? 404 : 200, base + i * 997L));
        }
        bus.close();
        System.out.println("log lines=" + accessLog.size());
    }
}
