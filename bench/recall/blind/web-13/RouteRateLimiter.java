// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 37
package probe13b; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/*
 * Fixed-window rate limiter keyed by route ("GET /api/orders").
 * tryAcquire() is called by every request thread before the handler runs.
 */
public class RouteRateLimiter {

    private static final class Window {
        final long index;
        final AtomicInteger count = new AtomicInteger();

        Window(long index) {
            this.index = index;
        }
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limitPerWindow;
    private final long windowMillis;

    public RouteRateLimiter(int limitPerWindow, long windowMillis) {
        this.limitPerWindow = limitPerWindow;
        this.windowMillis = windowMillis;
    }

    public boolean tryAcquire(String route, long nowMillis) {
        long index = nowMillis / windowMillis;
        Window window = windows.compute(route,
                (r, w) -> (w == null || w.index != index) ? new Window(index) : w);
        if (window.count.get() < limitPerWindow) { // BUG: check-then-act on AtomicInteger; concurrent requests can all pass the check and exceed the limit
            window.count.incrementAndGet();
            return true;
        }
        return false;
    }

    public int currentCount(String route) {
        Window window = windows.get(route);
        return window == null ? 0 : window.count.get();
    }

    public static void main(String[] args) throws InterruptedException {
        RouteRateLimiter limiter = new RouteRateLimiter(100, 60_000);
        AtomicInteger admitted = new AtomicInteger();
        ExecutorService requestThreads = Executors.newFixedThreadPool(16);
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5_000; i++) {
            requestThreads.execute(() -> {
                if (limiter.tryAcquire("GET /api/orders", now)) {
                    admitted.incrementAndGet();
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("admitted=" + admitted.get() + " (limit 100)");
    }
}
