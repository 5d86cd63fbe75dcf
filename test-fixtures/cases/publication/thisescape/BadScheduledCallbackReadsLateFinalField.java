package publication.thisescape;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The look-alike of GoodScheduledCallbackIgnoresLateFinalField whose expiry cancels the timer task it
 * reads from the final field assigned after the hand-over: a short timeout can run it before the field
 * is written.
 */
public class BadScheduledCallbackReadsLateFinalField {

    public interface Scheduler {
        Task schedule(Runnable task, long delay);
    }

    public interface Task {
        boolean cancel();
    }

    public static final class ExecutorScheduler implements Scheduler {
        private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(1);

        @Override
        public Task schedule(Runnable task, long delay) {
            var future = executor.schedule(task, delay, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        }
    }

    public static final class NoScheduler implements Scheduler {
        @Override
        public Task schedule(Runnable task, long delay) {
            return () -> false;
        }
    }

    private final Thread writeThread;
    private final Task writeTask;
    private volatile Object completed;

    public BadScheduledCallbackReadsLateFinalField(Scheduler scheduler, long timeout) {
        this.writeThread = Thread.currentThread();
        this.writeTask = timeout > 0 ? scheduler.schedule(this::expired, timeout) : null; // expect: ThisEscape['`writeTask` is assigned only after it']
    }

    private void expired() {
        if (completed == null) {
            System.out.println("write blocked in " + writeThread);
            writeTask.cancel();
        }
    }

    public void succeeded() {
        if (writeTask != null) {
            writeTask.cancel();
        }
        completed = this;
    }
}
