// EXPECT: unguarded-shared-field @ line 37
package probe16a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks leases handed out by the connection pool so that the admin endpoint can
 * report active leases and average hold time. borrow() and giveBack() are invoked
 * concurrently by the request-handling threads.
 */
public class PooledConnectionTracker {
    private final Map<Long, Long> leaseStartNanos = new HashMap<>();
    private long nextLeaseId = 1;
    private int activeLeases;
    private long totalBorrowed;
    private long totalHoldNanos;

    public synchronized long borrow() {
        long id = nextLeaseId++;
        leaseStartNanos.put(id, System.nanoTime());
        activeLeases++;
        totalBorrowed++;
        return id;
    }

    public long giveBack(long leaseId) {
        Long start;
        synchronized (this) {
            start = leaseStartNanos.remove(leaseId);
        }
        if (start == null) {
            throw new IllegalStateException("unknown lease " + leaseId);
        }
        long held = System.nanoTime() - start;
        activeLeases--; // BUG: read-modify-write of activeLeases outside the monitor that guards it in borrow()
        synchronized (this) {
            totalHoldNanos += held;
        }
        return held;
    }

    public synchronized int activeLeases() {
        return activeLeases;
    }

    public synchronized double averageHoldMicros() {
        return totalBorrowed == 0 ? 0.0 : (totalHoldNanos / 1_000.0) / totalBorrowed;
    }

    public static void main(String[] args) throws InterruptedException {
        PooledConnectionTracker tracker = new PooledConnectionTracker();
        ExecutorService requestHandlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 20_000; i++) {
            requestHandlers.execute(() -> {
                long lease = tracker.borrow();
                tracker.giveBack(lease);
            });
        }
        requestHandlers.shutdown();
        requestHandlers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("active=" + tracker.activeLeases()
                + " avgHoldUs=" + tracker.averageHoldMicros());
    }
}
