package publication.thisescape;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The constructor keeps its task in a field, then schedules it as its last action: the field it assigns
 * after is the schedule's own Future, which the task never reads (cassandra DynamicEndpointSnitch).
 */
public final class GoodScheduleTaskHeldInFieldIgnoresItsFuture {
    private final AtomicInteger updates = new AtomicInteger();
    private final Runnable update;
    private final ScheduledFuture<?> updating;

    public GoodScheduleTaskHeldInFieldIgnoresItsFuture(ScheduledExecutorService scheduler) {
        update = new Runnable() {
            @Override
            public void run() {
                updateScores();
            }
        };
        updating = scheduler.scheduleWithFixedDelay(update, 100, 100, TimeUnit.MILLISECONDS);
    }

    private void updateScores() {
        updates.incrementAndGet();
    }

    public void stop() {
        updating.cancel(false);
    }
}
