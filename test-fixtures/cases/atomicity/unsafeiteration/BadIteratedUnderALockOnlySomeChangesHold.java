package atomicity.unsafeiteration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The look-alike of GoodIteratedUnderOneOfTheLocksEveryChangeHolds whose unbind holds only the object's
 * monitor: the walk under the map's lock does not keep that change out.
 */
public class BadIteratedUnderALockOnlySomeChangesHold {
    private final Object localLock = new Object();
    private final Map<Integer, String> bindings = new HashMap<>();

    public synchronized void bind(int port, String remote) {
        synchronized (localLock) {
            bindings.put(port, remote);
        }
    }

    public synchronized void unbind(int port) {
        bindings.remove(port);
    }

    public List<Integer> boundPorts(int above) {
        synchronized (localLock) {
            return bindings.keySet().stream().filter(p -> p > above).collect(java.util.stream.Collectors.toList()); // expect: UnsafeIteration['`bindings` is iterated without holding `this`'], UnguardedRead['`bindings.keySet()` is read without `this`']
        }
    }
}
