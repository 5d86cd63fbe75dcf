package publication.thisescape;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The look-alike of GoodScheduleTaskHeldInFieldIgnoresItsFuture whose task cancels itself through the
 * Future field assigned after the schedule: a fast first run sees it null.
 */
public final class BadScheduleTaskHeldInFieldReadsItsFuture {
    private final AtomicInteger updates = new AtomicInteger();
    private final Runnable update;
    private final ScheduledFuture<?> updating;

    public BadScheduleTaskHeldInFieldReadsItsFuture(ScheduledExecutorService scheduler) {
        update = new Runnable() {
            @Override
            public void run() {
                updateScores();
            }
        };
        updating = scheduler.scheduleWithFixedDelay(update, 0, 1, TimeUnit.MILLISECONDS); // expect: ThisEscape['`updating` is assigned only after it']
    }

    private void updateScores() {
        if (updates.incrementAndGet() > 10) {
            updating.cancel(false);
        }
    }
}
