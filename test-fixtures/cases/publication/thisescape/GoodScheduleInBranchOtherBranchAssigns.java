package publication.thisescape;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The constructor hands its refresh task to the executor in the then-branch, after assigning all the
 * task reads; the else-branch, which assigns the cache too, never runs on a path that handed the task
 * over (pulsar PulsarChannelInitializer).
 */
public final class GoodScheduleInBranchOtherBranchAssigns {
    private final String name;
    private final Map<String, String> contexts;

    public GoodScheduleInBranchOtherBranchAssigns(String name, boolean secure, ScheduledExecutorService executor) {
        this.name = name;
        if (secure) {
            this.contexts = new ConcurrentHashMap<>();
            executor.scheduleWithFixedDelay(() -> this.refresh(), 1, 1, TimeUnit.MINUTES);
        } else {
            this.contexts = null;
        }
    }

    private void refresh() {
        contexts.put(name, String.valueOf(System.nanoTime()));
    }

    public String context() {
        return contexts == null ? null : contexts.get(name);
    }
}
