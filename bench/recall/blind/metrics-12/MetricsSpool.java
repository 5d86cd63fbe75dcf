// EXPECT: none
package probe12b; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/*
 * Spools metric points and pushes them to the collector. A scheduled pusher runs every 5s;
 * a health-check task replaces the connection when it breaks and returns the unacknowledged
 * points to the spool. Both tasks share a 2-thread scheduler.
 */
public class MetricsSpool {

    interface Collector {
        boolean alive();

        void push(List<String> points);

        Collector reconnect();
    }

    private final Object spoolLock = new Object();
    private final Object collectorLock = new Object();
    private final Deque<String> spool = new ArrayDeque<>();
    private List<String> unacked = new ArrayList<>();
    private Collector collector;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    public MetricsSpool(Collector collector) {
        this.collector = collector;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::push, 5, 5, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::healthCheck, 1, 1, TimeUnit.SECONDS);
    }

    public void record(String point) {
        synchronized (spoolLock) {
            spool.addLast(point);
        }
    }

    void push() {
        synchronized (spoolLock) {
            if (spool.isEmpty()) {
                return;
            }
            List<String> points = new ArrayList<>(spool);
            spool.clear();
            synchronized (collectorLock) {
                unacked = points;
                try {
                    collector.push(points);
                    unacked = new ArrayList<>();
                } catch (RuntimeException e) {
                    System.err.println("push failed, points kept for retry: " + e);
                }
            }
        }
    }

    void healthCheck() {
        synchronized (spoolLock) {
            synchronized (collectorLock) { // OK: acquired in the same spoolLock -> collectorLock order as push(), so no cycle
                if (collector.alive()) {
                    return;
                }
                collector = collector.reconnect();
                for (int i = unacked.size() - 1; i >= 0; i--) {
                    spool.addFirst(unacked.get(i));
                }
                unacked = new ArrayList<>();
            }
        }
    }

    public void stop() {
        scheduler.shutdown();
    }
}
