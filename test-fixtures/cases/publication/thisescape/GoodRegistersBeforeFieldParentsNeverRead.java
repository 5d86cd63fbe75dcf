package publication.thisescape;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A composite reader registers itself with each child before it counts their documents; the child keeps
 * its parents in a private synchronized set, and the only code that takes a parent out of it marks the
 * parent closed, through fields set before the registration. The count assigned after the escape is
 * never read through the set, and the synchronized set publishes what came before the add (lucene
 * BaseCompositeReader and IndexReader.registerParentReader).
 */
public class GoodRegistersBeforeFieldParentsNeverRead {

    private final Set<GoodRegistersBeforeFieldParentsNeverRead> parents =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile boolean closedByChild;
    private final int maxDoc;

    public GoodRegistersBeforeFieldParentsNeverRead(GoodRegistersBeforeFieldParentsNeverRead[] children) {
        int total = 0;
        for (GoodRegistersBeforeFieldParentsNeverRead child : children) {
            child.registerParent(this);
            total += child.maxDoc;
        }
        this.maxDoc = total;
    }

    public final void registerParent(GoodRegistersBeforeFieldParentsNeverRead parent) {
        parents.add(parent);
    }

    public final void close() {
        synchronized (parents) {
            for (GoodRegistersBeforeFieldParentsNeverRead parent : parents) {
                parent.closedByChild = true;
                parent.close();
            }
        }
    }
}
