package races.unguardedwrite;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The same timer, made with the maker's serial executor, but rescheduled from tasks on another one: its
 * checks on the serial executor meet the rescheduling on the other thread.
 */
public class BadTimerRescheduledFromAnotherExecutor {
    private final ExecutorService serial = Executors.newSingleThreadExecutor();
    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Timer timer = new Timer(serial, scheduler);

    public void touch() {
        other.execute(() -> timer.reschedule(10));
    }

    static final class Timer {
        private final Executor serializing;
        private final ScheduledExecutorService scheduler;
        private boolean enabled;
        private long runAt;

        Timer(Executor serializing, ScheduledExecutorService scheduler) {
            this.serializing = serializing;
            this.scheduler = scheduler;
        }

        void reschedule(long delayMillis) {
            enabled = true;
            runAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
            scheduler.schedule(() -> serializing.execute(this::fire), delayMillis, TimeUnit.MILLISECONDS);
        }

        private void fire() {
            if (!enabled || runAt - System.nanoTime() > 0) {
                return;
            }
            enabled = false; // expect: UnguardedWrite['`Timer.reschedule` on the single-thread executor `other`']
        }
    }
}
