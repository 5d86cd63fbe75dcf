// EXPECT: none
package probe16a; import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lease bookkeeping for the pool. Request threads call acquire()/release()
 * concurrently; a housekeeping thread periodically reclaims leaked leases.
 */
public class ConnectionLeaseMetrics {
    private static final long LEAK_THRESHOLD_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Map<Long, Long> leaseStartNanos = new HashMap<>();
    private long nextLeaseId = 1;
    private int activeLeases;
    private long reclaimedLeases;
    private long totalHoldNanos;

    public synchronized long acquire() {
        long id = nextLeaseId++;
        leaseStartNanos.put(id, System.nanoTime());
        activeLeases++;
        return id;
    }

    public synchronized void release(long leaseId) {
        Long start = leaseStartNanos.remove(leaseId);
        if (start != null) {
            recordRelease(System.nanoTime() - start);
        }
    }

    public synchronized void reclaimLeaked() {
        long now = System.nanoTime();
        Iterator<Map.Entry<Long, Long>> it = leaseStartNanos.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Long> e = it.next();
            if (now - e.getValue() > LEAK_THRESHOLD_NANOS) {
                it.remove();
                reclaimedLeases++;
                recordRelease(now - e.getValue());
            }
        }
    }

    private void recordRelease(long heldNanos) {
        activeLeases--; // OK: private helper only ever invoked from synchronized methods holding this monitor
        totalHoldNanos += heldNanos;
    }

    public synchronized String snapshot() {
        return "active=" + activeLeases + " reclaimed=" + reclaimedLeases + " holdNanos=" + totalHoldNanos;
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionLeaseMetrics metrics = new ConnectionLeaseMetrics();
        ScheduledExecutorService housekeeper = Executors.newSingleThreadScheduledExecutor();
        housekeeper.scheduleAtFixedRate(metrics::reclaimLeaked, 10, 10, TimeUnit.MILLISECONDS);
        ExecutorService requestHandlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 20_000; i++) {
            requestHandlers.execute(() -> metrics.release(metrics.acquire()));
        }
        requestHandlers.shutdown();
        requestHandlers.awaitTermination(1, TimeUnit.MINUTES);
        housekeeper.shutdownNow();
        System.out.println(metrics.snapshot());
    }
}
