// EXPECT: none
package probe2.dl;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// OK: the periodic task wraps its whole body in try/catch (IOException | RuntimeException), so no failure can cancel the fixed-rate schedule; the ScheduledFuture is kept and cancelled in close(), and the scheduler is shut down and awaited
public class LeaseHeartbeatScheduler implements AutoCloseable {
    public interface Coordinator {
        void renew(String leaseId, Duration ttl) throws IOException;
    }

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lease-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final Coordinator coordinator;
    private final String leaseId;
    private final Duration ttl;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile ScheduledFuture<?> renewal;
    private volatile boolean leaseLost;
    private volatile long lastRenewedNanos;

    public LeaseHeartbeatScheduler(Coordinator coordinator, String leaseId, Duration ttl) {
        this.coordinator = coordinator;
        this.leaseId = leaseId;
        this.ttl = ttl;
    }

    public synchronized void start() {
        if (renewal != null) {
            throw new IllegalStateException("already started");
        }
        long periodMillis = Math.max(100L, ttl.toMillis() / 3);
        renewal = scheduler.scheduleAtFixedRate(this::renewSafely, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void renewSafely() {
        try {
            coordinator.renew(leaseId, ttl);
            consecutiveFailures.set(0);
            lastRenewedNanos = System.nanoTime();
        } catch (IOException | RuntimeException e) {
            if (consecutiveFailures.incrementAndGet() >= 3) {
                leaseLost = true;
            }
            System.err.println("lease " + leaseId + " renewal failed: " + e);
        }
    }

    public boolean holdsLease() {
        return !leaseLost && renewal != null;
    }

    public long nanosSinceRenewal() {
        return System.nanoTime() - lastRenewedNanos;
    }

    @Override
    public void close() throws InterruptedException {
        ScheduledFuture<?> f = renewal;
        if (f != null) {
            f.cancel(false);
        }
        scheduler.shutdown();
        if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
            scheduler.shutdownNow();
        }
    }
}
