package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The look-alike of a one-way latch that is not one: another method stores the opposite constant, so
 * between the check and the act a reset by another thread is overwritten.
 */
public final class BadLatchAlsoReset {
    private static final AtomicBoolean ENABLED = new AtomicBoolean(true);

    private BadLatchAlsoReset() {
    }

    public static void disableOnError(boolean failed) {
        if (ENABLED.get() && failed) {
            ENABLED.set(false); // expect: CheckThenAct['check-then-act on atomic `BadLatchAlsoReset.ENABLED`: `get` and then `set`']
        }
    }

    public static void reset() {
        ENABLED.set(true);
    }
}
