package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Volatile progress that one writer updates and monitors read. The updating methods are public, so
 * clients could call them, but the program itself drives them: a scheduled task on one timer thread,
 * and a step that only the compaction it belongs to runs. Nothing shows two updaters at once; volatile
 * is there for the readers.
 */
public class GoodUpdatedByTheProgramsOneCaller {

    /** A sweep run by a one-thread timer; the count of sweeps is read by monitoring. */
    public static class Sweeper {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private volatile long sweeps;

        public void start() {
            timer.scheduleWithFixedDelay(this::sweepOnce, 1, 1, TimeUnit.SECONDS);
        }

        public void sweepOnce() {
            sweeps++;
        }

        public long sweeps() {
            return sweeps;
        }
    }

    /** The remaining budget of one redistribution, spent by the run that owns it. */
    public static class Redistribution {
        private volatile long remaining;

        public Redistribution(long budget) {
            this.remaining = budget;
        }

        public void spend(long[] sizes) {
            for (long size : sizes) {
                remaining -= size;
            }
        }

        public long remaining() {
            return remaining;
        }
    }

    /** Runs each redistribution on the one timer thread, with a new object each time. */
    public static class Manager {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private volatile Redistribution current;
        private volatile ScheduledFuture<?> task;

        public void start(long[] sizes) {
            task = timer.scheduleWithFixedDelay(() -> {
                Redistribution r = new Redistribution(1 << 20);
                current = r;
                r.spend(sizes);
            }, 1, 1, TimeUnit.MINUTES);
        }

        public void stop() {
            task.cancel(false);
        }

        public long progress() {
            Redistribution r = current;
            return r == null ? 0 : r.remaining();
        }
    }
}
