package publication.thisescape;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The same monitor, but four calls into the report it reads the future assigned after the hand-off:
 * the task can run before that write and see none.
 */
public final class BadDeepTaskReadsLaterField {
    private final ConcurrentLinkedQueue<String> slow = new ConcurrentLinkedQueue<>();
    private final long startedAt;
    private ScheduledFuture<?> reporting;

    public BadDeepTaskReadsLaterField(ScheduledExecutorService scheduler, long interval) {
        this.startedAt = System.nanoTime();
        ScheduledFuture<?> f = scheduler.scheduleWithFixedDelay(this::report, interval, interval, TimeUnit.MILLISECONDS); // expect: ThisEscape['`reporting` is assigned only after it']; related: UnguardedRead@47['reaches the read from here']
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
        StringBuilder b = new StringBuilder(reporting == null ? "" : "(cancellable) "); // expect: UnguardedRead['`reporting` is read without `this`'], UnguardedRead['(reached from the method reference in `BadDeepTaskReadsLaterField.BadDeepTaskReadsLaterField` at line 19)']
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
