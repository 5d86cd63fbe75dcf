package publication.thisescape;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A write callback schedules its own expiry with a lambda and keeps the timer task in a final field,
 * assigned after the hand-over (only when a timeout is set, so not the schedule's bare result). The
 * expiry reads only what was assigned before and a volatile field; the late field is read only by
 * {@code succeeded()}, which the scheduler never calls. The scheduler interface has two
 * implementations: one hands the task to an executor, the other keeps nothing (jetty
 * StateTrackingHandler.WriteCallback, publication review).
 */
public class GoodScheduledCallbackIgnoresLateFinalField {

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

    public GoodScheduledCallbackIgnoresLateFinalField(Scheduler scheduler, long timeout) {
        this.writeThread = Thread.currentThread();
        this.writeTask = timeout > 0 ? scheduler.schedule(this::expired, timeout) : null;
    }

    private void expired() {
        if (completed == null) {
            System.out.println("write blocked in " + writeThread);
        }
    }

    public void succeeded() {
        if (writeTask != null) {
            writeTask.cancel();
        }
        completed = this;
    }
}
