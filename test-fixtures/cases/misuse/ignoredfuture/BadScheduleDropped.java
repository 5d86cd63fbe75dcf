package misuse.ignoredfuture;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Token store that schedules expiry and drops the ScheduledFuture: the expiry task throws for a token
 * already revoked, and that exception is never reported (nor can the task be cancelled).
 */
public class BadScheduleDropped {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentMap<String, String> tokens = new ConcurrentHashMap<>();

    public void issue(String token, String user, long ttlSeconds) {
        tokens.put(token, user);
        scheduler.schedule(() -> expire(token), ttlSeconds, TimeUnit.SECONDS); // expect: IgnoredFuture['the Future returned by `schedule` is dropped: if the task throws, its exception is silently lost (`BadScheduleDropped.expire` throws `IllegalStateException` at BadScheduleDropped.java:28)']
    }

    public void revoke(String token) {
        tokens.remove(token);
    }

    private void expire(String token) {
        if (tokens.remove(token) == null) {
            throw new IllegalStateException("token " + token + " was revoked before it expired"); // related: IgnoredFuture['throws `IllegalStateException` here, and nothing sees it']
        }
    }

    public String user(String token) {
        return tokens.get(token);
    }
}
