package atomicity.checkthenact;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The volatile flag is set only when the executor rejected a task because it was shut down: it records
 * what the executor said, it is no gate the hand-over passed. Two callers that both see it clear both
 * hand their own task over, as they should (reactor ExecutorScheduler.schedule).
 */
public class GoodVolatileFlagRecordsRejectedHandOff {
    private final ExecutorService executor;
    private volatile boolean terminated;

    public GoodVolatileFlagRecordsRejectedHandOff(ExecutorService executor) {
        this.executor = executor;
    }

    public void scheduleAll(Iterable<Runnable> tasks, ExecutorService callers) {
        for (Runnable task : tasks) {
            callers.execute(() -> schedule(task));
        }
    }

    public void schedule(Runnable task) {
        if (terminated) {
            throw new RejectedExecutionException("terminated");
        }
        try {
            executor.execute(new Tracked(task));
        } catch (RejectedExecutionException e) {
            if (executor.isShutdown()) {
                terminated = true;
            }
            throw e;
        }
    }

    private static final class Tracked implements Runnable {
        private final Runnable task;

        Tracked(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            task.run();
        }
    }
}
