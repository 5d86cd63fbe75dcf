// EXPECT: none
package probe11b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Aggregates metric samples and pushes them to a reporter from a background thread.
 * record() is called by request threads; open() and close() by the lifecycle thread.
 */
public class MetricsFlusher {

    public interface Reporter {
        void report(Map<String, Long> totals);
    }

    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private final Reporter reporter;
    private final int flushEvery;
    private volatile boolean closed;
    private Thread flusher;

    public MetricsFlusher(Reporter reporter, int flushEvery) {
        this.reporter = reporter;
        this.flushEvery = Math.max(1, flushEvery);
    }

    public void record(String metricName) {
        samples.add(metricName);
    }

    public void open() {
        flusher = new Thread(this::flushLoop, "metrics-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    public void close() throws InterruptedException {
        closed = true;
        flusher.join(TimeUnit.SECONDS.toMillis(5));
    }

    private void flushLoop() {
        Map<String, Long> totals = new HashMap<>();
        int pending = 0;
        while (!closed) { // OK: closed is volatile, so the write in close() is guaranteed to become visible here
            String name = samples.poll();
            if (name == null) {
                pending = push(totals, pending);
                Thread.onSpinWait();
                continue;
            }
            totals.merge(name, 1L, Long::sum);
            if (++pending >= flushEvery) {
                pending = push(totals, pending);
            }
        }
        push(totals, pending);
    }

    private int push(Map<String, Long> totals, int pending) {
        if (pending == 0) {
            return 0;
        }
        reporter.report(new HashMap<>(totals));
        totals.clear();
        return 0;
    }

    public static void main(String[] args) throws InterruptedException {
        MetricsFlusher flusher = new MetricsFlusher(t -> System.out.println(t), 25);
        flusher.open();
        for (int i = 0; i < 100; i++) {
            flusher.record(i % 2 == 0 ? "http.get" : "http.post");
        }
        Thread.sleep(200);
        flusher.close();
    }
}
