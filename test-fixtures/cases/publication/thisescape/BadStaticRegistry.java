package publication.thisescape;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every new session adds itself to a static set from its constructor: other threads walking the set can reach it before its start time is set. */
public class BadStaticRegistry {
    private static final Set<BadStaticRegistry> LIVE = ConcurrentHashMap.newKeySet();

    private final String user;
    private final long openedAt;

    public BadStaticRegistry(String user) {
        this.user = user;
        LIVE.add(this); // expect: ThisEscape['`this` is added to the shared collection `BadStaticRegistry.LIVE`; `openedAt` is assigned only after it']
        this.openedAt = System.currentTimeMillis();
    }

    public static int liveCount() {
        return LIVE.size();
    }

    /** What an admin page shows: every live session, read by the admin's request thread. */
    public static String describeAll() {
        StringBuilder all = new StringBuilder();
        for (BadStaticRegistry s : LIVE) {
            all.append(s.describe()).append('\n');
        }
        return all.toString();
    }

    public String describe() {
        return user + "@" + openedAt;
    }
}
