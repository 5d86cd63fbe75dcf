package publication.guardedstateescape;

import java.util.HashMap;
import java.util.Map;
import net.jcip.annotations.GuardedBy;
import net.jcip.annotations.ThreadSafe;

/** A @ThreadSafe session registry whose getter returns its @GuardedBy map: the guard does not travel with it. */
@ThreadSafe
public class BadThreadSafeMapGetter {
    @GuardedBy("this")
    private final Map<String, Long> lastSeen = new HashMap<>();

    public synchronized void touch(String session, long now) {
        lastSeen.put(session, now);
    }

    public synchronized Map<String, Long> lastSeen() {
        return lastSeen; // expect: GuardedStateEscape
    }
}
