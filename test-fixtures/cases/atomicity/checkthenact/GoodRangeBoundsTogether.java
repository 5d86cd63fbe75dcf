package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Look-alikes of the two-atomic range that keep their invariant: the bounds checked and stored under
 * one lock, both bounds in one immutable pair replaced by compare-and-set, a check of a flag that is
 * no bound of the stored value, and a limit no other code changes.
 */
public class GoodRangeBoundsTogether {

    /** Both bounds checked and stored under the object's lock. */
    public static class LockedRange {
        private final AtomicInteger lower = new AtomicInteger(0);
        private final AtomicInteger upper = new AtomicInteger(0);

        public synchronized void setLower(int i) {
            if (i > upper.get()) {
                throw new IllegalArgumentException("lower above upper");
            }
            lower.set(i);
        }

        public synchronized void setUpper(int i) {
            if (i < lower.get()) {
                throw new IllegalArgumentException("upper below lower");
            }
            upper.set(i);
        }
    }

    /** Both bounds in one immutable object, replaced as a whole. */
    public static class PairRange {
        private record Bounds(int lower, int upper) {
        }

        private final AtomicReference<Bounds> bounds = new AtomicReference<>(new Bounds(0, 0));

        public void setLower(int i) {
            while (true) {
                Bounds old = bounds.get();
                if (i > old.upper()) {
                    throw new IllegalArgumentException("lower above upper");
                }
                if (bounds.compareAndSet(old, new Bounds(i, old.upper()))) {
                    return;
                }
            }
        }
    }

    /** A flag checked before a timestamp is stored: the flag is no bound of the timestamp. */
    public static class Heartbeat {
        private final AtomicInteger open = new AtomicInteger(1);
        private final AtomicLong lastBeat = new AtomicLong();

        public void beat(long now) {
            if (open.get() == 0) {
                return;
            }
            lastBeat.set(now);
        }

        public void close() {
            open.set(0);
        }
    }

    /** A bound fixed at construction: nothing changes it between the check and the store. */
    public static class Capped {
        private final AtomicInteger limit;
        private final AtomicInteger current = new AtomicInteger();

        public Capped(int limit) {
            this.limit = new AtomicInteger(limit);
        }

        public void setCurrent(int i) {
            if (i > limit.get()) {
                throw new IllegalArgumentException("above the limit");
            }
            current.set(i);
        }
    }
}
