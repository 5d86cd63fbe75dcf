package races.unguardedwrite;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A timer keeps the serializing executor its maker hands it, and runs its checks there; its maker
 * reschedules it from tasks on that same executor. The timer's field and the maker's field hold one
 * single-thread executor, so its state has one thread (gRPC's Rescheduler, made by the channel with its
 * synchronization context).
 */
public class GoodTimerStateOnItsMakersExecutor {
    private final ExecutorService serial = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Timer timer = new Timer(serial, scheduler);

    public void touch() {
        serial.execute(() -> timer.reschedule(10));
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
            enabled = false;
        }
    }
}
