package atomicity.checkthenact;

/**
 * Look-alikes of the volatile range that keep their invariant: bounds checked and stored under one
 * lock, a bound fixed when the object is built, a check of a flag that is no bound of the stored value,
 * and a high-water mark compared with itself (one field, no pair).
 */
public class GoodVolatileBoundsTogether {

    /** Both bounds checked and stored under the object's lock; readers only read. */
    public static class LockedRange {
        private volatile int lower;
        private volatile int upper;

        public synchronized void setLower(int i) {
            if (i > upper) {
                throw new IllegalArgumentException("lower above upper");
            }
            lower = i;
        }

        public synchronized void setUpper(int i) {
            if (i < lower) {
                throw new IllegalArgumentException("upper below lower");
            }
            upper = i;
        }

        public boolean contains(int i) {
            return i >= lower && i <= upper;
        }
    }

    /** The limit is set once, while the object is built: nothing changes it between check and store. */
    public static class Capped {
        private volatile int limit;
        private volatile int current;

        public Capped(int limit) {
            this.limit = limit;
        }

        public void setCurrent(int i) {
            if (i > limit) {
                throw new IllegalArgumentException("above the limit");
            }
            current = i;
        }

        public int current() {
            return current;
        }
    }

    /** A flag checked before a timestamp is stored: the flag bounds nothing. */
    public static class Heartbeat {
        private volatile boolean open = true;
        private volatile long lastBeat;

        public void beat(long now) {
            if (!open) {
                return;
            }
            lastBeat = now;
        }

        public void close() {
            open = false;
        }
    }
}
