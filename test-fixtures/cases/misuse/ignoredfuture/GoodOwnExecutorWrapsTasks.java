package misuse.ignoredfuture;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The program's executor wraps every task it schedules in a runnable that catches and reports any
 * failure before handing it to the pool: a dropped future loses nothing (cassandra
 * ScheduledThreadPoolExecutorPlus with ExecutionFailure.suppressing, misuse review #3).
 */
public class GoodOwnExecutorWrapsTasks {

    static final class ReportingExecutor extends ScheduledThreadPoolExecutor {
        ReportingExecutor() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
            return super.scheduleWithFixedDelay(reporting(task), initialDelay, delay, unit);
        }

        public ScheduledFuture<?> scheduleRecurring(Runnable task, long delay, TimeUnit unit) {
            return scheduleWithFixedDelay(task, delay, delay, unit);
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

    private final ReportingExecutor executor = new ReportingExecutor();

    public void start(Runnable refresh) {
        executor.scheduleRecurring(refresh, 1, TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(refresh, 1, 1, TimeUnit.SECONDS);
    }
}
