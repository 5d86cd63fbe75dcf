package publication.volatilemutablecontents;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A registry changes its parents' set only inside lock(parentLock, ...), a spin lock on an atomic flag
 * (compareAndSet(false, true), released in a finally by set(false)) that runs the action while it holds
 * the flag (micrometer's CompositeMeterRegistry): one thread at a time changes or walks the set.
 */
public class GoodSetChangedUnderSpinLock {
    private final AtomicBoolean parentLock = new AtomicBoolean();
    private volatile Set<Object> parents = Collections.newSetFromMap(new IdentityHashMap<>());

    public void addParent(Object registry) {
        lock(parentLock, () -> parents.add(registry));
    }

    public void removeParent(Object registry) {
        lock(parentLock, () -> parents.remove(registry));
    }

    public int parentCount() {
        int[] count = new int[1];
        lock(parentLock, () -> count[0] = parents.size());
        return count[0];
    }

    private void lock(AtomicBoolean lock, Runnable r) {
        for (;;) {
            if (lock.compareAndSet(false, true)) {
                try {
                    r.run();
                    break;
                } finally {
                    lock.set(false);
                }
            }
        }
    }
}
