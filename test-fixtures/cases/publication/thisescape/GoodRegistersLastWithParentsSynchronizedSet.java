package publication.thisescape;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A child reader registers itself with its parent as the last thing its constructor does; the parent
 * keeps it in a final field that holds a synchronized wrapper, so the add publishes the child safely to
 * the thread that closes the parent (lucene ParallelLeafReader and IndexReader.registerParentReader).
 */
public class GoodRegistersLastWithParentsSynchronizedSet {

    private final Set<GoodRegistersLastWithParentsSynchronizedSet> parents =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final String name;
    private volatile boolean closedByChild;

    public GoodRegistersLastWithParentsSynchronizedSet(String name, GoodRegistersLastWithParentsSynchronizedSet child) {
        this.name = name;
        if (child != null) {
            child.registerParent(this);
        }
    }

    public final void registerParent(GoodRegistersLastWithParentsSynchronizedSet parent) {
        parents.add(parent);
    }

    public final void close() {
        synchronized (parents) {
            for (GoodRegistersLastWithParentsSynchronizedSet parent : parents) {
                parent.closedByChild = true;
                System.out.println("closed under " + parent.name);
            }
        }
    }
}
