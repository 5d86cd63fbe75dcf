// EXPECT: check-then-act @ line 57
package probe17b; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-client token-bucket rate limiter used by the gateway's ingress filter.
 * allow() is called concurrently from all request worker threads.
 */
public class ClientRateLimiter {

    static final class TokenBucket {
        private final long capacity;
        private final double refillPerNano;
        private double tokens;
        private long lastRefillNanos;

        TokenBucket(long capacity, long refillPerSecond) {
            this.capacity = capacity;
            this.refillPerNano = refillPerSecond / 1_000_000_000.0;
            this.tokens = capacity;
            this.lastRefillNanos = System.nanoTime();
        }

        synchronized boolean tryConsume() {
            refill();
            if (tokens >= 1.0) {
                tokens -= 1.0;
                return true;
            }
            return false;
        }

        private void refill() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - lastRefillNanos) * refillPerNano);
            lastRefillNanos = now;
        }
    }

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final long refillPerSecond;

    public ClientRateLimiter(long capacity, long refillPerSecond) {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
    }

    public boolean allow(String clientId) {
        TokenBucket bucket = buckets.get(clientId);
        if (bucket == null) {
            bucket = new TokenBucket(capacity, refillPerSecond);
            buckets.put(clientId, bucket); // BUG: check-then-act; concurrent first requests overwrite each other's bucket and reset consumed tokens
        }
        return bucket.tryConsume();
    }

    public void evict(String clientId) {
        buckets.remove(clientId);
    }

    public static void main(String[] args) throws InterruptedException {
        ClientRateLimiter limiter = new ClientRateLimiter(10, 1);
        ExecutorService workers = Executors.newFixedThreadPool(16);
        AtomicInteger admitted = new AtomicInteger();
        for (int i = 0; i < 200; i++) {
            String client = "tenant-" + (i % 4);
            workers.execute(() -> {
                if (limiter.allow(client)) {
                    admitted.incrementAndGet();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("admitted " + admitted.get() + " (expected at most ~40)");
    }
}
