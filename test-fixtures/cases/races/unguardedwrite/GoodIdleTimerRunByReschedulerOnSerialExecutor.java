package races.unguardedwrite;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An idle timer is a private Runnable class whose one object the channel hands to its rescheduler, which
 * keeps it in a final field and runs it from a task on the channel's single-thread executor. The timer's
 * run() therefore runs on that executor, with the channel's other tasks, though the call
 * {@code runnable.run()} names only Runnable (gRPC's ManagedChannelImpl.IdleModeTimer and Rescheduler).
 */
public class GoodIdleTimerRunByReschedulerOnSerialExecutor {
    private final ExecutorService serial = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Rescheduler idleTimer = new Rescheduler(new IdleTimer(), serial, scheduler);
    private Object helper;
    private volatile boolean closed;

    public void use() {
        serial.execute(() -> {
            if (helper == null && !closed) {
                helper = new Object();
            }
            idleTimer.reschedule(10);
        });
    }

    public void close() {
        closed = true;
    }

    private final class IdleTimer implements Runnable {
        @Override
        public void run() {
            helper = null;
        }
    }

    static final class Rescheduler {
        private final Runnable runnable;
        private final Executor serializing;
        private final ScheduledExecutorService scheduler;

        Rescheduler(Runnable runnable, Executor serializing, ScheduledExecutorService scheduler) {
            this.runnable = runnable;
            this.serializing = serializing;
            this.scheduler = scheduler;
        }

        void reschedule(long delayMillis) {
            scheduler.schedule(() -> serializing.execute(new Fire()), delayMillis, TimeUnit.MILLISECONDS);
        }

        private final class Fire implements Runnable {
            @Override
            public void run() {
                runnable.run();
            }
        }
    }
}
