// EXPECT: compound-atomic-invariant @ line 29
package probe9b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits outbound HTTP calls to a fixed number per time window.
 * tryAcquire() is called concurrently by every request thread of the client.
 */
public class FixedWindowRateLimiter {
    private final int permitsPerWindow;
    private final long windowNanos;
    private final AtomicLong windowStart;
    private final AtomicInteger used = new AtomicInteger();

    public FixedWindowRateLimiter(int permitsPerWindow, long window, TimeUnit unit) {
        this.permitsPerWindow = permitsPerWindow;
        this.windowNanos = unit.toNanos(window);
        this.windowStart = new AtomicLong(System.nanoTime());
    }

    public boolean tryAcquire() {
        long now = System.nanoTime();
        long start = windowStart.get();
        if (now - start >= windowNanos) {
            windowStart.set(now);
            used.set(0); // BUG: window start and permit count must change together; two atomics updated separately let racing threads reset counts already consumed in the new window (limit exceeded)
        }
        return used.incrementAndGet() <= permitsPerWindow;
    }

    public int permitsUsed() {
        return used.get();
    }

    public static void main(String[] args) throws InterruptedException {
        FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(100, 10, TimeUnit.MILLISECONDS);
        AtomicInteger granted = new AtomicInteger();
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100_000; i++) {
            requestThreads.execute(() -> {
                if (limiter.tryAcquire()) {
                    granted.incrementAndGet();
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("granted " + granted.get());
    }
}
