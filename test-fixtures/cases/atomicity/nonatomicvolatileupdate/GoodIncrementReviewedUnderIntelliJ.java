package atomicity.nonatomicvolatileupdate;

/**
 * The authors reviewed the increment under IntelliJ's inspection of the same problem and silenced it on the
 * statement (a sampling counter where a lost hit does not matter): that suppression is honoured.
 */
public class GoodIncrementReviewedUnderIntelliJ {
    private volatile int sampled;

    public void sample(boolean keep) {
        //noinspection NonAtomicOperationOnVolatileField
        sampled =
                sampled + (keep ? 1 : 0);
    }

    public int sampled() {
        return sampled;
    }
}
