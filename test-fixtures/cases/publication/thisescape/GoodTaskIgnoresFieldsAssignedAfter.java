package publication.thisescape;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A final class whose constructor schedules its score update and then its reset, storing both
 * futures (fields, since a new interval schedules the update again): the executor hand-off orders every
 * earlier write before the tasks run, and the tasks read only the scores, never the futures assigned
 * after them, which only {@code reschedule} and {@code close} use (cassandra DynamicEndpointSnitch).
 */
public final class GoodTaskIgnoresFieldsAssignedAfter {
    private final ConcurrentHashMap<String, Double> scores = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Runnable update = this::updateScores;
    private ScheduledFuture<?> updating;
    private ScheduledFuture<?> resetting;

    public GoodTaskIgnoresFieldsAssignedAfter(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
        Runnable reset = this::reset;
        updating = scheduler.scheduleWithFixedDelay(update, 100, 100, TimeUnit.MILLISECONDS);
        resetting = scheduler.scheduleWithFixedDelay(reset, 600, 600, TimeUnit.SECONDS);
    }

    public void record(String host, double latency) {
        scores.merge(host, latency, Double::sum);
    }

    private void updateScores() {
        scores.replaceAll((host, score) -> score / 2);
    }

    private void reset() {
        scores.clear();
    }

    /** A new update interval: the update task is scheduled again (the futures are not final). */
    public synchronized void reschedule(long millis) {
        updating.cancel(false);
        updating = scheduler.scheduleWithFixedDelay(update, millis, millis, TimeUnit.MILLISECONDS);
    }

    public synchronized void close() {
        updating.cancel(false);
        resetting.cancel(false);
    }
}
