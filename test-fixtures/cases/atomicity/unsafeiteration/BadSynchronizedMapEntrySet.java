package atomicity.unsafeiteration;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Walks the entrySet view of a synchronizedMap without the map's monitor: the views are not synchronized on their own. */
public class BadSynchronizedMapEntrySet {
    private final Map<String, Long> lastSeen = Collections.synchronizedMap(new HashMap<>());

    public void touch(String session, long nowMillis) {
        lastSeen.put(session, nowMillis);
    }

    public int countIdle(long nowMillis, long idleMillis) {
        int idle = 0;
        for (Map.Entry<String, Long> e : lastSeen.entrySet()) { // expect: UnsafeIteration
            if (nowMillis - e.getValue() > idleMillis) {
                idle++;
            }
        }
        return idle;
    }
}
