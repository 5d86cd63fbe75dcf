package publication.thisescape;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A reference registers itself in a global set as the last thing its constructor does: the set is a
 * view of a ConcurrentHashMap ({@code Collections.newSetFromMap}), so adding to it publishes the object
 * safely, and the leak detector that walks the set sees every field assigned before (cassandra
 * Ref.State, publication review).
 */
public final class GoodRegistersLastInSetFromConcurrentMap {

    private static final Set<GoodRegistersLastInSetFromConcurrentMap> GLOBALLY_EXTANT =
            Collections.newSetFromMap(new ConcurrentHashMap<>());

    private final String name;
    private int releases;

    public GoodRegistersLastInSetFromConcurrentMap(String name) {
        this.name = name;
        GLOBALLY_EXTANT.add(this);
    }

    public static void startLeakDetector() {
        new Thread(GoodRegistersLastInSetFromConcurrentMap::visitAll).start();
    }

    private static void visitAll() {
        for (GoodRegistersLastInSetFromConcurrentMap r : GLOBALLY_EXTANT) {
            System.out.println("still referenced: " + r.name + " after " + r.releases());
        }
    }

    public synchronized void release() {
        releases++;
        GLOBALLY_EXTANT.remove(this);
    }

    public synchronized int releases() {
        return releases;
    }
}
