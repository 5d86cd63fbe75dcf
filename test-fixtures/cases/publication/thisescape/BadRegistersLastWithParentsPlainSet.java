package publication.thisescape;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The look-alike of GoodRegistersLastWithParentsSynchronizedSet whose parent keeps its children in a
 * plain set: nothing orders the child's constructor writes before the closing thread's reads.
 */
public class BadRegistersLastWithParentsPlainSet {

    private final Set<BadRegistersLastWithParentsPlainSet> parents = Collections.newSetFromMap(new WeakHashMap<>());
    private final String name;
    private volatile boolean closedByChild;

    public BadRegistersLastWithParentsPlainSet(String name, BadRegistersLastWithParentsPlainSet child) {
        this.name = name;
        if (child != null) {
            child.registerParent(this); // expect: ThisEscape['the hand-over is none known to order the constructor']
        }
    }

    public final void registerParent(BadRegistersLastWithParentsPlainSet parent) {
        parents.add(parent); // expect: UnguardedWrite['`parents.add()` changes `parents` without `parents`']
    }

    public final void close() {
        synchronized (parents) {
            for (BadRegistersLastWithParentsPlainSet parent : parents) {
                parent.closedByChild = true;
                System.out.println("closed under " + parent.name);
            }
        }
    }
}
