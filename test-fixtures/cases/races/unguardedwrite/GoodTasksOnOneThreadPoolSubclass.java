package races.unguardedwrite;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The executor is made by a factory method as a pool subclass told to keep one thread (its core size,
 * all the threads a ScheduledThreadPoolExecutor ever starts): the periodic task and the one that resets
 * the count run one after another on that thread (cassandra ScheduledThreadPoolExecutorPlus, BatchlogManager).
 */
public class GoodTasksOnOneThreadPoolSubclass {
    private final ScheduledExecutorService tasks = scheduler();
    private long replayed;

    private static ScheduledExecutorService scheduler() {
        OneThreadScheduler s = new OneThreadScheduler();
        s.setRemoveOnCancelPolicy(true);
        return s;
    }

    public void start() {
        tasks.scheduleWithFixedDelay(this::replay, 1, 1, TimeUnit.SECONDS);
    }

    public void reset() {
        tasks.execute(() -> replayed = 0);
    }

    private void replay() {
        replayed++;
    }

    private static final class OneThreadScheduler extends ScheduledThreadPoolExecutor {
        OneThreadScheduler() {
            super(1);
        }
    }
}
