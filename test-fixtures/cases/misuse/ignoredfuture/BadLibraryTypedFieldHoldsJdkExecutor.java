package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The program has an executor of its own that reports failures, but this field holds a JDK pool made by
 * {@code Executors}: the dropped future keeps the task's exception, and nobody sees it.
 */
public class BadLibraryTypedFieldHoldsJdkExecutor {

    /** Reports each task's failure once it has run. */
    static final class ReportingExecutor extends ThreadPoolExecutor {
        ReportingExecutor() {
            super(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            super.afterExecute(r, t);
            if (t == null && r instanceof Future<?> f && f.isDone() && !f.isCancelled()) {
                System.err.println("task done: " + f);
            }
        }
    }

    private final ExecutorService reporting = new ReportingExecutor();
    private final ExecutorService plain = Executors.newFixedThreadPool(2);

    public void recalculateLater(Runnable calculation) {
        plain.submit(calculation); // expect: IgnoredFuture['the Future returned by `submit` is dropped'], IgnoredFuture['the task goes to `plain`, declared as `ExecutorService`']
    }

    public void shutdown() {
        reporting.shutdown();
        plain.shutdown();
    }
}
