package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A rate limiter whose window restarts when the time since its start has passed the window: two callers
 * that both compute an expired window both restart it, and the second one's restart wipes the calls the
 * first one already counted in the new window.
 */
public class BadWindowResetPastArithmeticCheck {
    private final AtomicLong windowStart = new AtomicLong(System.currentTimeMillis());
    private final AtomicInteger callsInWindow = new AtomicInteger();
    private final long windowMillis;
    private final int limit;

    public BadWindowResetPastArithmeticCheck(long windowMillis, int limit) {
        this.windowMillis = windowMillis;
        this.limit = limit;
    }

    public boolean tryAcquire() {
        long now = System.currentTimeMillis();
        long start = windowStart.get();
        if (now - start >= windowMillis) {
            windowStart.set(now); // expect: CheckThenAct['check-then-act on atomic `windowStart`']
            callsInWindow.set(0);
        }
        return callsInWindow.incrementAndGet() <= limit;
    }
}
