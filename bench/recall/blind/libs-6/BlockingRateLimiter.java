// EXPECT: wait-not-in-loop @ line 43
package probe6b;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Token-bucket rate limiter for an HTTP client: at most {@code permitsPerSecond} requests
 * are started per second.
 *
 * <p><b>Thread-safety:</b> {@link #acquire()} blocks and may be called from any request
 * thread. Tokens are replenished once per second by a single-thread scheduled executor
 * ({@code rate-limiter-refill}) owned by the limiter. State is guarded by this monitor.
 */
public final class BlockingRateLimiter implements AutoCloseable {

    private final int capacity;
    private final ScheduledExecutorService refiller;
    private int tokens; // guarded by this

    private BlockingRateLimiter(int permitsPerSecond) {
        this.capacity = permitsPerSecond;
        this.tokens = permitsPerSecond;
        this.refiller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rate-limiter-refill");
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates a limiter and starts its refill task. */
    public static BlockingRateLimiter create(int permitsPerSecond) {
        BlockingRateLimiter limiter = new BlockingRateLimiter(permitsPerSecond);
        limiter.refiller.scheduleAtFixedRate(limiter::refill, 1, 1, TimeUnit.SECONDS);
        return limiter;
    }

    /** Takes one permit, blocking until one is available. Called from any thread. */
    public synchronized void acquire() throws InterruptedException {
        if (tokens == 0) {
            wait(); // BUG: wait() not in a loop; after refill's notifyAll (or a spurious wakeup) every waiter proceeds without re-checking, so tokens goes negative and the rate is exceeded
        }
        tokens--;
    }

    /** Runs on the rate-limiter-refill thread. */
    private synchronized void refill() {
        tokens = capacity;
        notifyAll();
    }

    public synchronized int availablePermits() {
        return tokens;
    }

    @Override
    public void close() {
        refiller.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingRateLimiter limiter = create(5);
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40; i++) {
            int n = i;
            requestThreads.submit(() -> {
                limiter.acquire();
                return "GET /items/" + n;
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(30, TimeUnit.SECONDS);
        limiter.close();
    }
}
