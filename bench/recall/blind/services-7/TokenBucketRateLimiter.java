// EXPECT: none
package probe7a; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Token-bucket limiter applied per API key by the gateway's request filter.
 * One bucket instance is shared by all request threads for that API key.
 */
public class TokenBucketRateLimiter {

    private static final ConcurrentHashMap<String, TokenBucketRateLimiter> BY_API_KEY = new ConcurrentHashMap<>();

    private final ReentrantLock lock = new ReentrantLock();
    private final long capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private double tokens;          // guarded by lock
    private long lastRefillNanos;   // guarded by lock

    TokenBucketRateLimiter(long capacity, double tokensPerSecond, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / 1_000_000_000.0;
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.lastRefillNanos = nanoClock.getAsLong();
    }

    public static TokenBucketRateLimiter forApiKey(String apiKey, long burst, double perSecond) {
        return BY_API_KEY.computeIfAbsent(apiKey,
                k -> new TokenBucketRateLimiter(burst, perSecond, System::nanoTime));
    }

    /** Called on request threads; returns false when the caller should answer 429. */
    public boolean tryAcquire(int permits) {
        lock.lock();
        try {
            refill();
            if (tokens >= permits) {
                tokens -= permits;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Used for the X-RateLimit-Remaining response header. */
    public long remaining() {
        lock.lock();
        try {
            refill();
            return (long) tokens;
        } finally {
            lock.unlock();
        }
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        long elapsed = now - lastRefillNanos;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano); // OK: refill() is private and its only callers (tryAcquire, remaining) invoke it while holding lock, so this read-modify-write of tokens/lastRefillNanos is always under the same lock as the check-and-decrement
            lastRefillNanos = now;
        }
    }
}
