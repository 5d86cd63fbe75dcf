package publication.thisescape;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A monitor whose constructor schedules its report and then keeps the future in a field that only
 * {@code cancel} uses: the report goes four calls deep, through the object's own methods, and none of
 * them reads the future, so the executor hand-off still orders every field the task sees (cassandra
 * MonitoringTask.reportingTask).
 */
public final class GoodDeepTaskIgnoresLaterField {
    private final ConcurrentLinkedQueue<String> slow = new ConcurrentLinkedQueue<>();
    private final long startedAt;
    private ScheduledFuture<?> reporting;

    public GoodDeepTaskIgnoresLaterField(ScheduledExecutorService scheduler, long interval) {
        this.startedAt = System.nanoTime();
        ScheduledFuture<?> f = scheduler.scheduleWithFixedDelay(this::report, interval, interval, TimeUnit.MILLISECONDS);
        this.reporting = f;
    }

    public void record(String operation) {
        slow.add(operation);
    }

    private void report() {
        String line = render();
        if (!line.isEmpty()) {
            System.out.println(line);
        }
    }

    private String render() {
        return header() + body();
    }

    private String header() {
        return "since " + elapsed() + " ns: ";
    }

    private long elapsed() {
        return System.nanoTime() - startedAt;
    }

    private String body() {
        StringBuilder b = new StringBuilder();
        for (String s = slow.poll(); s != null; s = slow.poll()) {
            b.append(s).append(' ');
        }
        return b.toString();
    }

    public synchronized void cancel() {
        if (reporting != null) {
            reporting.cancel(false);
            reporting = null;
        }
    }
}
