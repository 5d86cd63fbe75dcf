package races.guardedbyviolation;

import net.jcip.annotations.GuardedBy;

/** A sequence documented as guarded by "this" whose current() reads it without the monitor. */
public class BadGuardedByThisGetter {
    @GuardedBy("this")
    private long next;

    public synchronized long allocate() {
        return next++;
    }

    public long current() {
        return next; // expect: GuardedByViolation
    }
}
