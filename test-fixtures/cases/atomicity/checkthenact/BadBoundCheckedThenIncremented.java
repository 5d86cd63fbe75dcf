package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A limiter of requests in flight that tests the bound and then increments: two callers that both read
 * max - 1 both get in, and the count passes the bound.
 */
public class BadBoundCheckedThenIncremented {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int max;

    public BadBoundCheckedThenIncremented(int max) {
        this.max = max;
    }

    public boolean tryAcquire() {
        if (inFlight.get() >= max) { // related: CheckThenAct['the bound is tested here']
            return false;
        }
        inFlight.incrementAndGet(); // expect: CheckThenAct['check-then-act on atomic `inFlight`'], CheckThenAct['two threads can both pass the test before either steps']
        return true;
    }

    public void release() {
        inFlight.decrementAndGet();
    }
}
