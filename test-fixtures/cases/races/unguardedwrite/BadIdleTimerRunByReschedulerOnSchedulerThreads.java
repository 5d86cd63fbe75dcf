package races.unguardedwrite;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The same idle timer, but the rescheduler runs it straight from the scheduler's pool threads: its write
 * meets the channel's task on the serial executor.
 */
public class BadIdleTimerRunByReschedulerOnSchedulerThreads {
    private final ExecutorService serial = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Rescheduler idleTimer = new Rescheduler(new IdleTimer(), serial, scheduler);
    private Object helper;
    private volatile boolean closed;

    public void use() {
        serial.execute(() -> {
            if (helper == null && !closed) {
                helper = new Object(); // expect: UnguardedWrite['it races with the write of `helper` in `IdleTimer.run`']
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
            scheduler.schedule(new Fire(), delayMillis, TimeUnit.MILLISECONDS);
        }

        private final class Fire implements Runnable {
            @Override
            public void run() {
                runnable.run();
            }
        }
    }
}
