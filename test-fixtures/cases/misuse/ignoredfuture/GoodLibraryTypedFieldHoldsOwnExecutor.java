package misuse.ignoredfuture;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A field declared as a plain {@code ExecutorService} holds the program's own executor, a subclass of one
 * that reports every task's failure in {@code afterExecute}: the dropped future loses nothing, whatever
 * the field's declared type (cassandra's executors behind {@code ExecutorService} fields, misuse review).
 */
public class GoodLibraryTypedFieldHoldsOwnExecutor {

    /** Reports each task's failure once it has run. */
    static class ReportingExecutor extends ThreadPoolExecutor {
        ReportingExecutor(int threads) {
            super(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
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

    /** A single-thread flavour that inherits the reporting. */
    static final class SequentialExecutor extends ReportingExecutor {
        SequentialExecutor() {
            super(1);
        }
    }

    private final ExecutorService sizeCalculator = new SequentialExecutor();

    public void recalculateLater(Runnable calculation) {
        sizeCalculator.submit(calculation);
    }
}
