// EXPECT: none
package probe8a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Response time tracking for the RPC server. onResponse() is invoked from all
 * RPC worker threads; a scheduled job flushes and resets the window maximum.
 */
public class ResponseTimeTracker {

    public interface Sink {
        void gauge(String name, long value);
    }

    private final Map<String, LongAdder> callsByMethod = new ConcurrentHashMap<>();
    private final LongAdder errorCount = new LongAdder();
    private final AtomicLong maxMillis = new AtomicLong();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor();

    public void start(Sink sink) {
        flusher.scheduleAtFixedRate(() -> flush(sink), 30, 30, TimeUnit.SECONDS);
    }

    public void onResponse(String method, long elapsedMillis, boolean failed) {
        callsByMethod.computeIfAbsent(method, k -> new LongAdder()).increment();
        if (failed) {
            errorCount.increment();
        }
        long current = maxMillis.get(); // OK: value is re-validated by the compareAndSet retry loop below
        while (elapsedMillis > current && !maxMillis.compareAndSet(current, elapsedMillis)) {
            current = maxMillis.get();
        }
    }

    public long calls(String method) {
        LongAdder adder = callsByMethod.get(method);
        return adder == null ? 0 : adder.sum();
    }

    private void flush(Sink sink) {
        sink.gauge("rpc.response.max_ms", maxMillis.getAndSet(0));
        sink.gauge("rpc.errors", errorCount.sumThenReset());
        callsByMethod.forEach((m, adder) -> sink.gauge("rpc.calls." + m, adder.sum()));
    }

    public void stop() {
        flusher.shutdownNow();
    }
}
