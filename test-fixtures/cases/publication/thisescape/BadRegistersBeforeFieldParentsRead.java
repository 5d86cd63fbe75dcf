package publication.thisescape;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The same composite reader, but the child's close walks its parents and reads each one's document
 * count, which the parent's constructor assigns only after registering: another thread closing the
 * child can read it before it is set.
 */
public class BadRegistersBeforeFieldParentsRead {

    private final Set<BadRegistersBeforeFieldParentsRead> parents =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile boolean closedByChild;
    private final int maxDoc;

    public BadRegistersBeforeFieldParentsRead(BadRegistersBeforeFieldParentsRead[] children) {
        int total = 0;
        for (BadRegistersBeforeFieldParentsRead child : children) {
            child.registerParent(this); // expect: ThisEscape['`maxDoc` is assigned only after it']
            total += child.maxDoc;
        }
        this.maxDoc = total;
    }

    public final void registerParent(BadRegistersBeforeFieldParentsRead parent) {
        parents.add(parent);
    }

    public final void close() {
        synchronized (parents) {
            for (BadRegistersBeforeFieldParentsRead parent : parents) {
                parent.closedByChild = true;
                System.out.println("closing a parent of " + parent.maxDoc + " documents");
            }
        }
    }
}
