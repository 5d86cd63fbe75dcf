package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** Prunes a synchronizedList through an explicit iterator without the list's monitor: concurrent adds break the iteration. */
public class BadIteratorRemoveOnSynchronizedList {
    private final List<Long> deadlines = Collections.synchronizedList(new ArrayList<>());

    public void add(long deadlineMillis) {
        deadlines.add(deadlineMillis);
    }

    public int pruneExpired(long nowMillis) {
        int removed = 0;
        Iterator<Long> it = deadlines.iterator(); // expect: UnsafeIteration
        while (it.hasNext()) {
            if (it.next() < nowMillis) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }
}
