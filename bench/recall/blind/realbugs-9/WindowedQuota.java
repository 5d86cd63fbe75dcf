// EXPECT: none
package probe9b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Limits cache loader invocations to a fixed number per time window.
 * tryAcquire() is called concurrently by every thread that misses the cache.
 */
public class WindowedQuota {

    private static final class Window {
        final long start;
        final int used;

        Window(long start, int used) {
            this.start = start;
            this.used = used;
        }
    }

    private final int permitsPerWindow;
    private final long windowNanos;
    private final AtomicReference<Window> window;

    public WindowedQuota(int permitsPerWindow, long length, TimeUnit unit) {
        this.permitsPerWindow = permitsPerWindow;
        this.windowNanos = unit.toNanos(length);
        this.window = new AtomicReference<>(new Window(System.nanoTime(), 0));
    }

    public boolean tryAcquire() {
        while (true) {
            long now = System.nanoTime();
            Window w = window.get();
            Window next = now - w.start >= windowNanos ? new Window(now, 1) : new Window(w.start, w.used + 1);
            if (next.used > permitsPerWindow) {
                return false;
            }
            if (window.compareAndSet(w, next)) { // OK: start and count live in one immutable Window swapped by a single CAS, so they always change together
                return true;
            }
        }
    }

    public int permitsUsed() {
        return window.get().used;
    }

    public static void main(String[] args) throws InterruptedException {
        WindowedQuota quota = new WindowedQuota(100, 10, TimeUnit.MILLISECONDS);
        AtomicInteger granted = new AtomicInteger();
        ExecutorService missThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100_000; i++) {
            missThreads.execute(() -> {
                if (quota.tryAcquire()) {
                    granted.incrementAndGet();
                }
            });
        }
        missThreads.shutdown();
        missThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("granted " + granted.get());
    }
}
