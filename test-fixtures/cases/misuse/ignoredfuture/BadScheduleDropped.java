package misuse.ignoredfuture;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Token store that schedules expiry and drops the ScheduledFuture: an exception in the expiry task is never reported, and the task cannot be cancelled. */
public class BadScheduleDropped {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentMap<String, String> tokens = new ConcurrentHashMap<>();

    public void issue(String token, String user, long ttlSeconds) {
        tokens.put(token, user);
        scheduler.schedule(() -> tokens.remove(token), ttlSeconds, TimeUnit.SECONDS); // expect: IgnoredFuture['the Future returned by `schedule` is dropped']
    }

    public String user(String token) {
        return tokens.get(token);
    }
}
