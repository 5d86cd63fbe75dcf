package publication.thisescape;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every new session adds itself to a static set from its constructor: other threads can reach it before its id is set. */
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

    public String describe() {
        return user + "@" + openedAt;
    }
}
