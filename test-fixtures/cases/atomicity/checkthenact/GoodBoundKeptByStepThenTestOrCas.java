package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Look-alikes of a bounded counter: step first and undo it when over the bound (the result is tested), or
 * a compareAndSet loop that only moves from a value under the bound; a test that only logs; the undo of a
 * tested step behind a cheap read of the counter.
 */
public class GoodBoundKeptByStepThenTestOrCas {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger slots = new AtomicInteger();
    private final int max;

    public GoodBoundKeptByStepThenTestOrCas(int max) {
        this.max = max;
    }

    public boolean tryAcquire() {
        if (inFlight.incrementAndGet() > max) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    /** A cheap read first, then the step whose result is tested, and its undo (tomcat's ConnectionPool.borrowConnection). */
    public boolean tryAcquireAfterPeek() {
        if (inFlight.get() < max) {
            if (inFlight.addAndGet(1) > max) {
                inFlight.decrementAndGet();
            } else {
                return true;
            }
        }
        return false;
    }

    public boolean tryTakeSlot() {
        while (true) {
            int n = slots.get();
            if (n >= max) {
                return false;
            }
            if (slots.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    public void release() {
        inFlight.decrementAndGet();
        slots.decrementAndGet();
    }
}
