// EXPECT: none
package probe6b;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Limits the number of in-flight requests of a client library ("max concurrent
 * streams").
 *
 * <p><b>Thread-safety:</b> thread-safe; state is guarded by this object's monitor.
 * {@link #acquire()} and {@link #release()} are called from any request thread; a
 * single-thread scheduled executor ({@code limiter-stats}) samples {@link #stats()}.
 * There is exactly one wait condition: "a slot is free".
 */
public final class ConcurrencyLimiter {

    private final int maxInFlight;
    private int inFlight;        // guarded by this
    private long totalAcquired;  // guarded by this

    public ConcurrencyLimiter(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    /** Blocks until a slot is free, then takes it. */
    public synchronized void acquire() throws InterruptedException {
        while (inFlight >= maxInFlight) {
            wait(); // OK: wait() inside a while loop re-checks the single condition after every wakeup; release() uses notifyAll()
        }
        inFlight++;
        totalAcquired++;
    }

    /** Frees a slot taken by {@link #acquire()}. */
    public synchronized void release() {
        if (inFlight == 0) {
            throw new IllegalStateException("release without acquire");
        }
        inFlight--;
        notifyAll();
    }

    public synchronized String stats() {
        return inFlight + "/" + maxInFlight + " in flight, " + totalAcquired + " total";
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(3);
        ScheduledExecutorService statsThread = Executors.newSingleThreadScheduledExecutor(
                r -> new Thread(r, "limiter-stats"));
        statsThread.scheduleAtFixedRate(() -> System.out.println(limiter.stats()),
                0, 100, TimeUnit.MILLISECONDS);

        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100; i++) {
            requestThreads.submit(() -> {
                limiter.acquire();
                try {
                    Thread.sleep(5); // the request
                } finally {
                    limiter.release();
                }
                return null;
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(30, TimeUnit.SECONDS);
        statsThread.shutdownNow();
    }
}
