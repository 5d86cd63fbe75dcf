package deadlock.lockorderinversion;

/**
 * The look-alike of {@code GoodReentrantHelperOfOtherClass} where a second caller of {@code markForFlush}
 * does not hold the writer's monitor: control-then-writer on that path, writer-then-control in
 * {@code abort}, a real inversion.
 */
public class BadHelperOfOtherClassAlsoCalledBare {
    private final Control control = new Control(this);
    private int queue;

    public synchronized void flushAll() {
        control.markForFlush(); // expect: LockOrderInversion
    }

    public void flushAsync() {
        control.markForFlush();
    }

    public synchronized void abort() {
        control.abortPending();
    }

    synchronized void resetQueue() {
        queue = 0;
    }

    /** Flush bookkeeping, shared with its writer. */
    static final class Control {
        private final BadHelperOfOtherClassAlsoCalledBare writer;
        private int pending;

        Control(BadHelperOfOtherClassAlsoCalledBare writer) {
            this.writer = writer;
        }

        synchronized void markForFlush() {
            pending++;
            writer.resetQueue(); // expect: LockOrderInversion['other side of a lock-order inversion']
        }

        synchronized void abortPending() {
            pending = 0;
        }
    }
}
