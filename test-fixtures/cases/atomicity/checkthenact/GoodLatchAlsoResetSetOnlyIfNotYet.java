package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A latch that is also reset, set only where the check found it not set yet: the check skips only a set
 * that would change nothing. A reset by another thread between the check and the set is overwritten, as
 * it would be by the set alone; every interleaving ends as the plain {@code ENABLED.set(false)} can, so
 * there is no check-then-act.
 */
public final class GoodLatchAlsoResetSetOnlyIfNotYet {
    private static final AtomicBoolean ENABLED = new AtomicBoolean(true);

    private GoodLatchAlsoResetSetOnlyIfNotYet() {
    }

    public static void disableOnError(boolean failed) {
        if (ENABLED.get() && failed) {
            ENABLED.set(false);
        }
    }

    public static void reset() {
        ENABLED.set(true);
    }
}
