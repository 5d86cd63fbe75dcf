// EXPECT: none
package probe14c; import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Phi-accrual failure detector. heartbeat() is called from the network layer's
 * I/O threads; the arrival history lives on a single detector thread and the
 * computed phi values are published as an immutable snapshot for readers.
 */
public class PhiFailureDetector implements AutoCloseable {

    private static final int WINDOW = 100;

    private final ScheduledExecutorService detector = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "phi-detector");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ArrayDeque<Long>> intervals = new HashMap<>(); // OK: confined to the single detector thread; all access is submitted to that executor
    private final Map<String, Long> lastArrival = new HashMap<>();           // confined to the detector thread
    private volatile Map<String, Double> phiSnapshot = Map.of();

    public void start(long recomputeMillis) {
        detector.scheduleAtFixedRate(this::recompute, recomputeMillis, recomputeMillis, TimeUnit.MILLISECONDS);
    }

    /** Network I/O threads. */
    public void heartbeat(String nodeId) {
        long arrival = System.nanoTime();
        detector.execute(() -> onArrival(nodeId, arrival));
    }

    /** Network I/O threads. */
    public void remove(String nodeId) {
        detector.execute(() -> {
            intervals.remove(nodeId);
            lastArrival.remove(nodeId);
        });
    }

    private void onArrival(String nodeId, long arrival) {
        Long previous = lastArrival.put(nodeId, arrival);
        if (previous == null) {
            return;
        }
        ArrayDeque<Long> window = intervals.computeIfAbsent(nodeId, k -> new ArrayDeque<>());
        window.addLast(arrival - previous);
        if (window.size() > WINDOW) {
            window.removeFirst();
        }
    }

    private void recompute() {
        long now = System.nanoTime();
        Map<String, Double> next = new HashMap<>();
        for (Map.Entry<String, ArrayDeque<Long>> e : intervals.entrySet()) {
            ArrayDeque<Long> window = e.getValue();
            if (window.isEmpty()) {
                continue;
            }
            double mean = window.stream().mapToLong(Long::longValue).average().orElse(1.0);
            long sinceLast = now - lastArrival.get(e.getKey());
            // exponential approximation: phi = -log10(P(no heartbeat for sinceLast))
            double phi = (sinceLast / mean) * Math.log10(Math.E);
            next.put(e.getKey(), phi);
        }
        phiSnapshot = Map.copyOf(next);
    }

    /** Any thread. */
    public double phi(String nodeId) {
        return phiSnapshot.getOrDefault(nodeId, 0.0);
    }

    public boolean isAvailable(String nodeId, double threshold) {
        return phi(nodeId) < threshold;
    }

    @Override
    public void close() {
        detector.shutdownNow();
    }
}
