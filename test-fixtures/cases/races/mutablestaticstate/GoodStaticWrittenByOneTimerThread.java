package races.mutablestaticstate;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A clock's sampling state is static, but only its sampling task writes it, and every such task runs on
 * the clock's one timer thread: the program's threads that reach the write never meet (cassandra
 * MonotonicClock's sampling clock, races review).
 */
public final class GoodStaticWrittenByOneTimerThread {

    private static long lastSampleNanos;
    private static long maxDriftNanos;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public ScheduledFuture<?> start() {
        return timer.scheduleWithFixedDelay(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    public void stop() {
        timer.shutdownNow();
    }

    private void sample() {
        long now = System.nanoTime();
        long drift = lastSampleNanos == 0 ? 0 : now - lastSampleNanos - TimeUnit.SECONDS.toNanos(1);
        if (drift > maxDriftNanos) {
            maxDriftNanos = drift;
        }
        lastSampleNanos = now;
    }
}
