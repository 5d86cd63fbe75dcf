package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock hands out increasing timestamps with compare-and-set; tests reset it with a get-then-set in a
 * method marked for tests only, which production threads never run (cassandra ClientState, races review).
 */
public final class GoodTestHookResetsAtomic {

    private static final AtomicLong LAST_MICROS = new AtomicLong();

    private GoodTestHookResetsAtomic() {
    }

    public static long next(long nowMicros) {
        while (true) {
            long last = LAST_MICROS.get();
            long next = Math.max(nowMicros, last + 1);
            if (LAST_MICROS.compareAndSet(last, next)) {
                return next;
            }
        }
    }

    @VisibleForTesting
    public static void resetLast(long nowMicros) {
        if (LAST_MICROS.get() > nowMicros) {
            LAST_MICROS.set(nowMicros);
        }
    }

    /** Marks code that exists for tests. */
    @interface VisibleForTesting {
    }
}
