package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A scheduler makes a new task for each request and passes it to a private helper, which reads the
 * task's deadline and only then hands the task to the loop thread that later moves the deadline. Every
 * caller of the helper passes a task no other thread has, and the read comes before the hand-off.
 */
public class GoodDeadlineReadBeforeHandOff {
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private volatile long lastDeadline;

    public Future<?> schedule(Runnable work, long delayNanos) {
        return schedule(new Task(work, System.nanoTime() + delayNanos));
    }

    private Future<?> schedule(Task task) {
        lastDeadline = task.deadline();
        return loop.submit(task);
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
            deadline = 0;
        }
    }
}
