// EXPECT: none
package probe7a; import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Backs GET /health/deep: probes every downstream dependency (database,
 * cache, payment gateway...) in parallel and aggregates the results.
 */
public class DependencyHealthAggregator {

    public interface HealthProbe {
        String name();
        boolean check() throws Exception;
    }

    private final List<HealthProbe> probes;
    private final ExecutorService probePool;

    public DependencyHealthAggregator(List<HealthProbe> probes) {
        this.probes = List.copyOf(probes);
        this.probePool = Executors.newFixedThreadPool(Math.max(1, probes.size()));
    }

    public Map<String, String> checkAll(long timeoutMillis) throws InterruptedException {
        int n = probes.size();
        String[] statuses = new String[n];
        long[] latencyNanos = new long[n];
        CountDownLatch done = new CountDownLatch(n);

        for (int i = 0; i < n; i++) {
            final int slot = i;
            final HealthProbe probe = probes.get(i);
            probePool.execute(() -> {
                long start = System.nanoTime();
                try {
                    statuses[slot] = probe.check() ? "UP" : "DOWN";
                } catch (Exception e) {
                    statuses[slot] = "DOWN: " + e.getClass().getSimpleName();
                } finally {
                    latencyNanos[slot] = System.nanoTime() - start;
                    done.countDown();
                }
            });
        }

        Map<String, String> report = new LinkedHashMap<>();
        if (!done.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
            // Do not read the arrays here: some probes are still running.
            report.put("overall", "DEGRADED: probes exceeded " + timeoutMillis + "ms");
            return report;
        }
        boolean allUp = true;
        for (int i = 0; i < n; i++) {
            String status = statuses[i]; // OK: read only after done.await() returned true; every worker's slot writes precede its countDown(), which happens-before await() returning, and each worker writes only its own index
            allUp &= "UP".equals(status);
            report.put(probes.get(i).name(), status + " (" + latencyNanos[i] / 1_000_000 + "ms)");
        }
        report.put("overall", allUp ? "UP" : "DOWN");
        return report;
    }

    public void close() {
        probePool.shutdownNow();
    }
}
