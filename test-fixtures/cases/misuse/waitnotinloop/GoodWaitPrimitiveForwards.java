package misuse.waitnotinloop;

import java.util.concurrent.locks.Condition;

/**
 * Wait primitives of a small synchronizer that forward to a Condition: a bare wait, and one that only
 * checks its argument first. Their callers own the loop that re-checks the state.
 */
public class GoodWaitPrimitiveForwards {
    private final Condition changed;

    public GoodWaitPrimitiveForwards(Condition changed) {
        this.changed = changed;
    }

    public void await() throws InterruptedException {
        changed.await();
    }

    public long awaitNanos(long nanos) throws InterruptedException {
        if (nanos <= 0) {
            return nanos;
        }
        return changed.awaitNanos(nanos);
    }
}
