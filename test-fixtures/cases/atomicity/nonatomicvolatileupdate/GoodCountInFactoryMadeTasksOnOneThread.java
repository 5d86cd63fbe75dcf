package atomicity.nonatomicvolatileupdate;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The same factory-made polling tasks on a single-thread scheduler: they run one at a time, so the one
 * thread that counts never loses a count, and readers see each value through the volatile field.
 */
public class GoodCountInFactoryMadeTasksOnOneThread {
    private volatile long reloads;

    void recordReload() {
        reloads++;
    }

    public long reloads() {
        return reloads;
    }

    static Runnable watchTask(String source, GoodCountInFactoryMadeTasksOnOneThread stats) {
        return () -> {
            if (!source.isEmpty()) {
                stats.recordReload();
            }
        };
    }

    public static void main(String[] args) {
        GoodCountInFactoryMadeTasksOnOneThread stats = new GoodCountInFactoryMadeTasksOnOneThread();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        for (String source : List.of("app.yaml", "flags.json")) {
            watcher.scheduleWithFixedDelay(watchTask(source, stats), 0, 1, TimeUnit.SECONDS);
        }
    }
}
