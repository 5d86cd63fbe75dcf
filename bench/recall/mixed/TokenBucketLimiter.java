// EXPECT: check-then-act @ line 23
package recall3;

/**
 * Token-bucket rate limiter. One instance is shared by all request threads of an API
 * gateway; {@link #tryAcquire()} is called on every incoming request.
 */
public class TokenBucketLimiter {
    private final long capacity;
    private final long refillPerSecond;
    private volatile long lastRefillNanos;
    private long tokens;

    public TokenBucketLimiter(long capacity, long refillPerSecond) {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.tokens = capacity;
        this.lastRefillNanos = System.nanoTime();
    }

    public boolean tryAcquire() {
        refill();
        if (tokens > 0) {
            tokens--;
            return true;
        }
        return false;
    }

    private synchronized void refill() {
        long now = System.nanoTime();
        long add = (now - lastRefillNanos) * refillPerSecond / 1_000_000_000L;
        if (add > 0) {
            tokens = Math.min(capacity, tokens + add);
            lastRefillNanos = now;
        }
    }

    public synchronized long available() {
        return tokens;
    }
}
