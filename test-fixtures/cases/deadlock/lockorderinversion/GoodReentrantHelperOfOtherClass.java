package deadlock.lockorderinversion;

/**
 * The control's {@code markForFlush} holds its own monitor and calls back into the writer, taking the
 * writer's monitor; but its only caller, the writer's {@code flushAll}, already holds the writer's monitor
 * around the call, so that second acquisition is re-entry: the writer-then-control order of
 * {@code abort} cannot close a cycle with it.
 */
public class GoodReentrantHelperOfOtherClass {
    private final Control control = new Control(this);
    private int queue;

    public synchronized void flushAll() {
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
        private final GoodReentrantHelperOfOtherClass writer;
        private int pending;

        Control(GoodReentrantHelperOfOtherClass writer) {
            this.writer = writer;
        }

        synchronized void markForFlush() {
            pending++;
            writer.resetQueue();
        }

        synchronized void abortPending() {
            pending = 0;
        }
    }
}
