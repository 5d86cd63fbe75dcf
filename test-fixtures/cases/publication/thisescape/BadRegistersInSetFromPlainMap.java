package publication.thisescape;

import java.util.Collections;
import java.util.HashMap;
import java.util.Set;

/**
 * The same global set, but a view of a plain HashMap that the leak detector's thread walks without a
 * lock: nothing orders the constructor's writes before its reads, so it can see the object half built.
 */
public final class BadRegistersInSetFromPlainMap {

    private static final Set<BadRegistersInSetFromPlainMap> GLOBALLY_EXTANT = Collections.newSetFromMap(new HashMap<>());

    private final String name;
    private int releases;

    public BadRegistersInSetFromPlainMap(String name) {
        this.name = name;
        GLOBALLY_EXTANT.add(this); // expect: ThisEscape['`this` is added to the shared collection `BadRegistersInSetFromPlainMap.GLOBALLY_EXTANT`'], ThisEscape['the hand-over is none known to order the constructor']
    }

    public static void startLeakDetector() {
        new Thread(BadRegistersInSetFromPlainMap::visitAll).start();
    }

    private static void visitAll() {
        for (BadRegistersInSetFromPlainMap r : GLOBALLY_EXTANT) {
            System.out.println("still referenced: " + r.name + " after " + r.releases());
        }
    }

    public synchronized void release() {
        releases++;
    }

    public synchronized int releases() {
        return releases;
    }
}
