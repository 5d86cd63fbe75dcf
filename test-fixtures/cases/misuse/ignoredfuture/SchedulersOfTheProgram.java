package misuse.ignoredfuture;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The program's own scheduler interface, with two implementations: one wraps every task in code that
 * reports its failure before the pool sees it, the other hands tasks to the pool as they are.
 */
public interface SchedulersOfTheProgram {

    /** Runs the task once the delay has passed. */
    ScheduledFuture<?> scheduleTimeout(Runnable task, long delay, TimeUnit unit);

    /** Reports the failure of every task it schedules. */
    final class Reporting extends ScheduledThreadPoolExecutor implements SchedulersOfTheProgram {
        Reporting() {
            super(2);
        }

        @Override
        public ScheduledFuture<?> scheduleTimeout(Runnable task, long delay, TimeUnit unit) {
            return schedule(reporting(task), delay, unit);
        }

        private static Runnable reporting(Runnable task) {
            return () -> {
                try {
                    task.run();
                } catch (Throwable t) {
                    System.err.println("scheduled task failed: " + t);
                }
            };
        }
    }

    /** Hands every task to the pool as it is: a failure stays in the future it returns. */
    final class Plain extends ScheduledThreadPoolExecutor implements SchedulersOfTheProgram {
        Plain() {
            super(2);
        }

        @Override
        public ScheduledFuture<?> scheduleTimeout(Runnable task, long delay, TimeUnit unit) {
            return schedule(task, delay, unit);
        }
    }
}
