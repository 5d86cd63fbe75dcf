package publication.thisescape;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The only constructor is private (no subclass can exist) and schedules the report as its last action; the task reads only fields written before the hand-over, and the stored Future is used by stop(), never by the task. */
public class GoodScheduleLastInPrivateConstructor {
    private final ConcurrentLinkedQueue<String> slow;
    private final long startedAt;
    private final ScheduledFuture<?> reporting;

    private GoodScheduleLastInPrivateConstructor(ScheduledExecutorService scheduler, long interval) {
        this.slow = new ConcurrentLinkedQueue<>();
        this.startedAt = System.nanoTime();
        this.reporting = scheduler.scheduleWithFixedDelay(() -> report(), interval, interval, TimeUnit.MILLISECONDS);
    }

    public static GoodScheduleLastInPrivateConstructor start(ScheduledExecutorService scheduler, long interval) {
        return new GoodScheduleLastInPrivateConstructor(scheduler, interval);
    }

    public void record(String operation) {
        slow.add(operation);
    }

    private void report() {
        System.out.println((System.nanoTime() - startedAt) + " " + slow.poll());
    }

    public void stop() {
        reporting.cancel(false);
    }
}
