package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The same scheduler, but the helper reads the task's deadline after handing the task to the loop
 * thread, which may already be running it and moving the deadline.
 */
public class BadDeadlineReadAfterHandOff {
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private volatile long lastDeadline;

    public Future<?> schedule(Runnable work, long delayNanos) {
        return schedule(new Task(work, System.nanoTime() + delayNanos));
    }

    private Future<?> schedule(Task task) {
        Future<?> f = loop.submit(task);
        lastDeadline = task.deadline();
        return f;
    }

    public long lastDeadline() {
        return lastDeadline;
    }

    static final class Task implements Runnable {
        private final Runnable work;
        private long deadline;

        Task(Runnable work, long deadline) {
            this.work = work;
            this.deadline = deadline;
        }

        long deadline() {
            return deadline;
        }

        @Override
        public void run() {
            work.run();
            deadline = 0; // expect: UnguardedWrite['`deadline` is written without a lock, by a task that runs on another thread']
        }
    }
}
