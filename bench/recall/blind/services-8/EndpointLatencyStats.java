// EXPECT: compound-atomic-update @ line 33
package probe8a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latency statistics for the HTTP layer. record() is called by every request
 * handler thread when a response completes; a scheduled reporter publishes and
 * resets the per-minute maximum.
 */
public class EndpointLatencyStats {

    public interface Reporter {
        void report(String name, long value);
    }

    private final Map<String, LongAdder> callsByEndpoint = new ConcurrentHashMap<>();
    private final LongAdder totalMicros = new LongAdder();
    private final AtomicLong maxLatencyMicros = new AtomicLong();
    private final ScheduledExecutorService reporterThread = Executors.newSingleThreadScheduledExecutor();

    public void start(Reporter reporter) {
        reporterThread.scheduleAtFixedRate(() -> publish(reporter), 1, 1, TimeUnit.MINUTES);
    }

    public void record(String endpoint, long latencyMicros) {
        callsByEndpoint.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
        totalMicros.add(latencyMicros);
        if (latencyMicros > maxLatencyMicros.get()) maxLatencyMicros.set(latencyMicros); // BUG: non-atomic read-compare-set on AtomicLong loses larger maxima
    }

    public long calls(String endpoint) {
        LongAdder adder = callsByEndpoint.get(endpoint);
        return adder == null ? 0 : adder.sum();
    }

    private void publish(Reporter reporter) {
        reporter.report("http.latency.max", maxLatencyMicros.getAndSet(0));
        reporter.report("http.latency.total", totalMicros.sumThenReset());
        callsByEndpoint.forEach((endpoint, adder) -> reporter.report("http.calls." + endpoint, adder.sum()));
    }

    public void stop() {
        reporterThread.shutdownNow();
    }
}
