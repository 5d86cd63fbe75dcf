package misuse.ignoredfuture;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The program's own executor reports every task's failure in afterExecute: dropping the future loses nothing. */
public class GoodOwnExecutorReportsFailures {

    static final class LoggingExecutor extends ScheduledThreadPoolExecutor {
        LoggingExecutor() {
            super(1);
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            super.afterExecute(r, t);
            if (t == null && r instanceof Future<?> f && f.isDone()) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    System.err.println("task failed: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private final LoggingExecutor executor = new LoggingExecutor();

    public void start(Runnable refresh) {
        executor.scheduleWithFixedDelay(refresh, 1, 1, TimeUnit.SECONDS);
    }
}
