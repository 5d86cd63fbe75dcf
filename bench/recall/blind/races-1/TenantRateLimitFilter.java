// EXPECT: check-then-act-concurrent-map @ line 27
package probe.races;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Servlet-style request filter. The container creates a single instance and
 * invokes {@link #doFilter} from all of its worker threads.
 */
public class TenantRateLimitFilter {
    public static final TenantRateLimitFilter INSTANCE = new TenantRateLimitFilter(100);

    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int permitsPerSecond;

    private TenantRateLimitFilter(int permitsPerSecond) {
        this.permitsPerSecond = permitsPerSecond;
    }

    /** Returns the HTTP status the request ends with. */
    public int doFilter(String tenantId, Runnable chain) {
        if (!buckets.containsKey(tenantId)) {
            buckets.put(tenantId, new TokenBucket(permitsPerSecond)); // BUG: check-then-act on ConcurrentHashMap; concurrent first requests replace each other's bucket so a tenant exceeds its quota
        }
        TokenBucket bucket = buckets.get(tenantId);
        if (!bucket.tryAcquire()) {
            return 429;
        }
        chain.run();
        return 200;
    }

    static final class TokenBucket {
        private final int capacity;
        private double tokens;
        private long lastRefillNanos = System.nanoTime();

        TokenBucket(int capacity) {
            this.capacity = capacity;
            this.tokens = capacity;
        }

        synchronized boolean tryAcquire() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - lastRefillNanos) * capacity / 1e9);
            lastRefillNanos = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService containerThreads = Executors.newFixedThreadPool(16);
        AtomicInteger admitted = new AtomicInteger();
        for (int i = 0; i < 2_000; i++) {
            String tenant = "tenant-" + (i % 5);
            containerThreads.submit(() -> {
                if (INSTANCE.doFilter(tenant, () -> { }) == 200) {
                    admitted.incrementAndGet();
                }
            });
        }
        containerThreads.shutdown();
        containerThreads.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("admitted " + admitted.get() + " (quota ~500)");
    }
}
