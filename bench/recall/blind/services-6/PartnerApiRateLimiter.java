// EXPECT: non-atomic-compound-atomics @ line 34
package probe6a;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Fixed-window rate limiter protecting the partner API: at most {@code limit} calls per
 * window. Our contract with the partner says we must never exceed the limit.
 *
 * <p>{@link #tryAcquire()} is called by every request thread before forwarding a call.
 */
public final class PartnerApiRateLimiter {

    private final int limit;
    private final long windowMillis;
    private final AtomicLong windowStart = new AtomicLong(System.currentTimeMillis());
    private final AtomicInteger callsInWindow = new AtomicInteger();

    public PartnerApiRateLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    public boolean tryAcquire() {
        long now = System.currentTimeMillis();
        long start = windowStart.get();
        if (now - start >= windowMillis) {
            windowStart.set(now);
            callsInWindow.set(0); // BUG: window start and counter are reset as two separate atomic ops; concurrent increments are lost and the limit is exceeded
        }
        return callsInWindow.incrementAndGet() <= limit;
    }

    /** Proxy handler invoked by the container's request threads. */
    static void forwardToPartner(PartnerApiRateLimiter limiter, LongAdder forwarded, LongAdder rejected) {
        if (limiter.tryAcquire()) {
            forwarded.increment();
        } else {
            rejected.increment();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PartnerApiRateLimiter limiter = new PartnerApiRateLimiter(100, 50);
        LongAdder forwarded = new LongAdder();
        LongAdder rejected = new LongAdder();
        ExecutorService requestThreads = Executors.newFixedThreadPool(24);
        for (int i = 0; i < 50_000; i++) {
            requestThreads.execute(() -> forwardToPartner(limiter, forwarded, rejected));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("forwarded=" + forwarded.sum() + " rejected=" + rejected.sum());
    }
}
