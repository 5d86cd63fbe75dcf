package publication.thisescape;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The look-alike of GoodScheduleInBranchOtherBranchAssigns whose name is assigned after the if, on the
 * path that handed the task over too: a short delay runs the task before the field is written.
 */
public final class BadScheduleInBranchThenAssigns {
    private final String name;
    private final Map<String, String> contexts;

    public BadScheduleInBranchThenAssigns(String name, boolean secure, ScheduledExecutorService executor) {
        if (secure) {
            this.contexts = new ConcurrentHashMap<>();
            executor.scheduleWithFixedDelay(() -> this.refresh(), 0, 1, TimeUnit.MINUTES); // expect: ThisEscape['`name` is assigned only after it']
        } else {
            this.contexts = null;
        }
        this.name = name;
    }

    private void refresh() {
        contexts.put(name, String.valueOf(System.nanoTime()));
    }

    public String context() {
        return contexts == null ? null : contexts.get(name);
    }
}
