package races.threadsafeviolation;

import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.ThreadSafe;

/** A @ThreadSafe session registry holding a final HashMap that is locked in some methods but not in evict(). */
@ThreadSafe
public class BadFinalHashMapPartlyLocked {
    private final Map<String, Long> lastSeen = new HashMap<>(); // expect: ThreadSafeViolation

    public synchronized void touch(String session, long now) {
        lastSeen.put(session, now);
    }

    public synchronized Long lastSeen(String session) {
        return lastSeen.get(session);
    }

    public void evict(String session) {
        lastSeen.remove(session); // expect: UnguardedWrite
    }
}
