package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every change of the bindings holds both the object's monitor (its methods are synchronized) and the
 * map's own lock; the queries hold only the map's lock. That is enough: no change can come in the middle
 * of a walk that holds a lock every change holds (sshd DefaultForwarder.localToRemote).
 */
public class GoodIteratedUnderOneOfTheLocksEveryChangeHolds {
    private final Object localLock = new Object();
    private final Map<Integer, String> bindings = new HashMap<>();

    public synchronized void bind(int port, String remote) {
        synchronized (localLock) {
            bindings.put(port, remote);
        }
    }

    public synchronized void unbind(int port) {
        synchronized (localLock) {
            bindings.remove(port);
        }
    }

    public List<Integer> boundPorts(int above) {
        synchronized (localLock) {
            return bindings.keySet().stream().filter(p -> p > above).collect(java.util.stream.Collectors.toList());
        }
    }

    public List<String> remotes() {
        synchronized (localLock) {
            return new ArrayList<>(bindings.values());
        }
    }
}
