package misuse.ignoredfuture;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * GoodScheduledRemovalCannotFail's token store whose expiry task only removes the token from a concurrent map: no
 * statement it runs is seen to fail, so the dropped ScheduledFuture hides nothing a reader must handle.
 */
public class GoodScheduledRemovalCannotFail {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentMap<String, String> tokens = new ConcurrentHashMap<>();

    public void issue(String token, String user, long ttlSeconds) {
        tokens.put(token, user);
        scheduler.schedule(() -> tokens.remove(token), ttlSeconds, TimeUnit.SECONDS);
    }

    public String user(String token) {
        return tokens.get(token);
    }
}
