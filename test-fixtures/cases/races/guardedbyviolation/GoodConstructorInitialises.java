package races.guardedbyviolation;

import java.util.ArrayList;
import java.util.List;
import net.jcip.annotations.GuardedBy;

/** Guarded fields are initialised in the constructor without the lock: the object is not shared until construction ends. */
public class GoodConstructorInitialises {
    @GuardedBy("this")
    private final List<String> hosts = new ArrayList<>();

    @GuardedBy("this")
    private int cursor;

    public GoodConstructorInitialises(List<String> initialHosts, int start) {
        hosts.addAll(initialHosts);
        cursor = start;
    }

    public synchronized String nextHost() {
        String host = hosts.get(cursor % hosts.size());
        cursor++;
        return host;
    }
}
