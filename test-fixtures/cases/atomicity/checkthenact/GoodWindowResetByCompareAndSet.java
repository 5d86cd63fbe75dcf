package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same limiter, but only the caller whose compareAndSet moves the window from the start it read
 * restarts it: a second caller that read the same expired start fails the exchange.
 */
public class GoodWindowResetByCompareAndSet {
    private final AtomicLong windowStart = new AtomicLong(System.currentTimeMillis());
    private final AtomicInteger callsInWindow = new AtomicInteger();
    private final long windowMillis;
    private final int limit;

    public GoodWindowResetByCompareAndSet(long windowMillis, int limit) {
        this.windowMillis = windowMillis;
        this.limit = limit;
    }

    public boolean tryAcquire() {
        long now = System.currentTimeMillis();
        long start = windowStart.get();
        if (now - start >= windowMillis && windowStart.compareAndSet(start, now)) {
            callsInWindow.set(0);
        }
        return callsInWindow.incrementAndGet() <= limit;
    }
}
