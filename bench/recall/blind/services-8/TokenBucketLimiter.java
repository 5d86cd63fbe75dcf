// EXPECT: inconsistent-locking-unlocked-read @ line 54
package probe8a; import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;

/**
 * Token bucket shared by every request handler of the gateway instance.
 * tryAcquire() is called concurrently from the HTTP worker pool, while the
 * metrics exporter (scheduled below) and the /admin/limits handler poll
 * availableTokens().
 */
public class TokenBucketLimiter {

    private final long capacity;
    private final double refillPerNano;
    private final ScheduledExecutorService exporter =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "limiter-exporter"));

    private double tokens;
    private long lastRefillNanos;

    public TokenBucketLimiter(long capacity, long refillPerSecond) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / (double) TimeUnit.SECONDS.toNanos(1);
        this.tokens = capacity;
        this.lastRefillNanos = System.nanoTime();
    }

    public synchronized boolean tryAcquire(int permits) {
        refill();
        if (tokens >= permits) {
            tokens -= permits;
            return true;
        }
        return false;
    }

    public synchronized void reset() {
        tokens = capacity;
        lastRefillNanos = System.nanoTime();
    }

    private void refill() {
        long now = System.nanoTime();
        double added = (now - lastRefillNanos) * refillPerNano;
        if (added > 0) {
            tokens = Math.min(capacity, tokens + added);
            lastRefillNanos = now;
        }
    }

    public double availableTokens() {
        return tokens; // BUG: reads field guarded by 'this' without the lock (stale/torn double)
    }

    public boolean isSaturated() {
        return availableTokens() < 1.0;
    }

    public void startExport(DoubleConsumer gauge) {
        exporter.scheduleAtFixedRate(() -> gauge.accept(availableTokens()), 10, 10, TimeUnit.SECONDS);
    }

    public void stopExport() {
        exporter.shutdownNow();
    }
}
