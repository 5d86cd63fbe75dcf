// EXPECT: check-then-act-concurrenthashmap-get-put @ line 30
package probe2.races;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window request limiter keyed by API client. Every HTTP worker thread
 * calls {@link #tryAcquire(String)} before dispatching the request.
 */
public class ApiRateLimiter {
    private final ConcurrentHashMap<String, Integer> hitsInWindow = new ConcurrentHashMap<>();
    private final int limitPerWindow;
    private final AtomicInteger rejected = new AtomicInteger();

    public ApiRateLimiter(int limitPerWindow) {
        this.limitPerWindow = limitPerWindow;
    }

    public boolean tryAcquire(String clientId) {
        Integer current = hitsInWindow.get(clientId);
        int next = current == null ? 1 : current + 1;
        if (next > limitPerWindow) {
            rejected.incrementAndGet();
            return false;
        }
        hitsInWindow.put(clientId, next); // BUG: get-then-put on ConcurrentHashMap is not atomic; concurrent requests lose increments and exceed the limit
        return true;
    }

    public void resetWindow() {
        hitsInWindow.clear();
    }

    public int hits(String clientId) {
        return hitsInWindow.getOrDefault(clientId, 0);
    }

    public int rejectedCount() {
        return rejected.get();
    }

    public static void main(String[] args) throws InterruptedException {
        ApiRateLimiter limiter = new ApiRateLimiter(1_000);
        ExecutorService httpWorkers = Executors.newFixedThreadPool(16);
        AtomicInteger admitted = new AtomicInteger();
        for (int i = 0; i < 5_000; i++) {
            String client = i % 2 == 0 ? "mobile-app" : "partner-42";
            httpWorkers.execute(() -> {
                if (limiter.tryAcquire(client)) {
                    admitted.incrementAndGet();
                }
            });
        }
        httpWorkers.shutdown();
        httpWorkers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("admitted=" + admitted.get() + " (limit 2000)"
                + " rejected=" + limiter.rejectedCount()
                + " mobile=" + limiter.hits("mobile-app"));
    }
}
