// EXPECT: none
package probe7a; import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * Samples registered gauges (queue depths, pool utilisation, cache sizes)
 * every 10 seconds and hands StatsD lines to the metrics shipper queue.
 */
public class GaugeReporter {

    private final Map<String, DoubleSupplier> gauges = new ConcurrentHashMap<>();
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>(10_000);
    private final AtomicLong droppedLines = new AtomicLong();
    private final AtomicLong failedRuns = new AtomicLong();
    private final String prefix;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gauge-reporter");
        t.setDaemon(true);
        return t;
    });

    public GaugeReporter(String prefix) {
        this.prefix = prefix;
    }

    public void register(String name, DoubleSupplier gauge) {
        gauges.put(name, gauge);
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::reportSafely, 10, 10, TimeUnit.SECONDS); // OK: the ScheduledFuture is deliberately dropped, but reportSafely() catches Throwable around the whole body, so no run can complete exceptionally and silently cancel the schedule; stop() uses shutdownNow() rather than the future
    }

    public BlockingQueue<String> outbound() {
        return outbound;
    }

    public long droppedLines() {
        return droppedLines.get();
    }

    public long failedRuns() {
        return failedRuns.get();
    }

    private void reportSafely() {
        try {
            report();
        } catch (Throwable t) {
            failedRuns.incrementAndGet();
        }
    }

    private void report() {
        long now = System.currentTimeMillis();
        for (Map.Entry<String, DoubleSupplier> e : gauges.entrySet()) {
            double value = e.getValue().getAsDouble();
            String line = prefix + "." + e.getKey() + ":" + value + "|g|#ts:" + now;
            if (!outbound.offer(line)) {
                droppedLines.incrementAndGet();
            }
        }
    }

    public void stop() {
        scheduler.shutdownNow();
    }
}
