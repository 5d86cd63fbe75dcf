// EXPECT: sleep-under-lock-via-helper @ line 35
package probe2.dl;

import java.util.function.LongSupplier;

/**
 * Token-bucket limiter shared by all outbound API clients of a tenant.
 * acquire() blocks until a permit is available; tryAcquire() must never block.
 */
public class OutboundRateLimiter {
    private final LongSupplier nanoClock;
    private final double maxBurst;
    private double permitsPerSecond;
    private double storedPermits;
    private long lastRefillNanos;

    public OutboundRateLimiter(double permitsPerSecond, double maxBurst) {
        this(permitsPerSecond, maxBurst, System::nanoTime);
    }

    OutboundRateLimiter(double permitsPerSecond, double maxBurst, LongSupplier nanoClock) {
        if (permitsPerSecond <= 0 || maxBurst < 1) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        this.permitsPerSecond = permitsPerSecond;
        this.maxBurst = maxBurst;
        this.nanoClock = nanoClock;
        this.storedPermits = maxBurst;
        this.lastRefillNanos = nanoClock.getAsLong();
    }

    public synchronized void acquire() throws InterruptedException {
        refill();
        while (storedPermits < 1.0) {
            pauseUntilNextPermit(); // BUG: sleeps while holding the limiter monitor; tryAcquire()/setRate()/available() from other threads stall for the whole pause
            refill();
        }
        storedPermits -= 1.0;
    }

    public synchronized boolean tryAcquire() {
        refill();
        if (storedPermits >= 1.0) {
            storedPermits -= 1.0;
            return true;
        }
        return false;
    }

    public synchronized void setRate(double newPermitsPerSecond) {
        if (newPermitsPerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive");
        }
        refill();
        permitsPerSecond = newPermitsPerSecond;
    }

    public synchronized double available() {
        refill();
        return storedPermits;
    }

    private void pauseUntilNextPermit() throws InterruptedException {
        double missing = 1.0 - storedPermits;
        long waitMicros = (long) Math.ceil(missing / permitsPerSecond * 1_000_000.0);
        Thread.sleep(Math.max(1L, waitMicros / 1_000L));
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        double elapsedSeconds = (now - lastRefillNanos) / 1_000_000_000.0;
        if (elapsedSeconds > 0) {
            storedPermits = Math.min(maxBurst, storedPermits + elapsedSeconds * permitsPerSecond);
            lastRefillNanos = now;
        }
    }
}
