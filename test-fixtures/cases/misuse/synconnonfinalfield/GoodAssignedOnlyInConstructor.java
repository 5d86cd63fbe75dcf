package misuse.synconnonfinalfield;

/**
 * A sample locks its parent's monitor, to match the parent's own synchronized methods; {@code parent} is
 * assigned only in the constructor, so it is final in effect (hadoop MutableQuantiles.RolloverSample,
 * misuse review #13).
 */
public class GoodAssignedOnlyInConstructor {
    private Quantiles parent;

    public GoodAssignedOnlyInConstructor(Quantiles parent) {
        this.parent = parent;
    }

    public void rollover() {
        synchronized (parent) {
            parent.reset();
        }
    }

    /** The estimator the samples roll over. */
    public static final class Quantiles {
        private long count;

        public synchronized void insert(long value) {
            count++;
        }

        synchronized void reset() {
            count = 0;
        }
    }
}
