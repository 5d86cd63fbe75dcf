package races.guardedbyviolation;

import net.jcip.annotations.GuardedBy;

/** A live-instance count guarded by the class literal, read in a synchronized instance method that holds only "this". */
public class BadClassGuardUnderInstanceLock {
    @GuardedBy("BadClassGuardUnderInstanceLock.class")
    private static int live;

    public BadClassGuardUnderInstanceLock() {
        synchronized (BadClassGuardUnderInstanceLock.class) {
            live++;
        }
    }

    public void close() {
        synchronized (BadClassGuardUnderInstanceLock.class) {
            live--;
        }
    }

    public synchronized int liveCount() {
        return live; // expect: GuardedByViolation['without holding `BadClassGuardUnderInstanceLock.class`']
    }
}
