package races.guardedbyviolation;

import net.jcip.annotations.GuardedBy;

/** The annotation names a lock "mutex" that does not exist (the lock was renamed): the documented policy cannot be checked. */
public class BadGuardNamesMissingField {
    private final Object lock = new Object();

    @GuardedBy("mutex") private int size; // expect: GuardedByViolation['that names no field, class or instance']

    public void grow() {
        synchronized (lock) {
            size++;
        }
    }

    public int size() {
        synchronized (lock) {
            return size;
        }
    }
}
