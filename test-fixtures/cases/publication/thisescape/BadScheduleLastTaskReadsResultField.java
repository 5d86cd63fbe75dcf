package publication.thisescape;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The schedule call is the last one of a final class, but its Future is stored afterwards and the task reads that field: a fast first run sees it null. */
public final class BadScheduleLastTaskReadsResultField {
    private final ScheduledFuture<?> ticking;
    private final AtomicInteger ticks = new AtomicInteger();

    public BadScheduleLastTaskReadsResultField(ScheduledExecutorService scheduler) {
        this.ticking = scheduler.scheduleAtFixedRate(() -> tick(), 0, 1, TimeUnit.MILLISECONDS); // expect: ThisEscape['`ticking` is assigned only after it']
    }

    private void tick() {
        if (ticks.incrementAndGet() > 10) {
            ticking.cancel(false);
        }
    }
}
