package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Copies the synchronized collections with new ArrayList<>(...) (a synchronized toArray) and iterates the private copy. */
public class GoodCopyThenIterate {
    private final List<Long> deadlines = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> lastSeen = Collections.synchronizedMap(new HashMap<>());

    public void add(long deadlineMillis) {
        deadlines.add(deadlineMillis);
    }

    public void touch(String session, long nowMillis) {
        lastSeen.put(session, nowMillis);
    }

    public long earliest() {
        long min = Long.MAX_VALUE;
        for (long deadline : new ArrayList<>(deadlines)) {
            min = Math.min(min, deadline);
        }
        return min;
    }

    public int countIdle(long nowMillis, long idleMillis) {
        Map<String, Long> snapshot;
        synchronized (lastSeen) {
            snapshot = new HashMap<>(lastSeen);
        }
        int idle = 0;
        for (long seen : snapshot.values()) {
            if (nowMillis - seen > idleMillis) {
                idle++;
            }
        }
        return idle;
    }
}
