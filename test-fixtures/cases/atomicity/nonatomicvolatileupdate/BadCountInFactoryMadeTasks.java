package atomicity.nonatomicvolatileupdate;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Each config source is polled by a task that a factory method makes and a pool of four threads runs; every
 * task counts its reloads in one volatile field, so two tasks counting at once lose one count.
 */
public class BadCountInFactoryMadeTasks {
    private volatile long reloads;

    void recordReload() {
        reloads++; // expect: NonAtomicVolatileUpdate['`reloads` is volatile, but this update reads it and then writes it in two steps']
    }

    public long reloads() {
        return reloads;
    }

    static Runnable watchTask(String source, BadCountInFactoryMadeTasks stats) {
        return () -> {
            if (!source.isEmpty()) {
                stats.recordReload();
            }
        };
    }

    public static void main(String[] args) {
        BadCountInFactoryMadeTasks stats = new BadCountInFactoryMadeTasks();
        ScheduledExecutorService watchers = Executors.newScheduledThreadPool(4);
        for (String source : List.of("app.yaml", "flags.json")) {
            watchers.scheduleWithFixedDelay(watchTask(source, stats), 0, 1, TimeUnit.SECONDS);
        }
    }
}
