package publication.volatilemutablecontents;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The look-alike: the flag is set back before the action runs, so the set is changed with no lock at
 * all while other threads change and read it.
 */
public class BadSetChangedAfterSpinFlagReleased {
    private final AtomicBoolean parentLock = new AtomicBoolean();
    private volatile Set<Object> parents = Collections.newSetFromMap(new IdentityHashMap<>());

    public void addParent(Object registry) {
        lock(parentLock, () -> parents.add(registry)); // expect: VolatileMutableContents['`parents` is volatile, but `add()` changes its contents here without a lock']
    }

    public void removeParent(Object registry) {
        lock(parentLock, () -> parents.remove(registry)); // expect: VolatileMutableContents['`parents` is volatile, but `remove()` changes its contents here without a lock']
    }

    private void lock(AtomicBoolean lock, Runnable r) {
        while (!lock.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        lock.set(false);
        r.run();
    }
}
