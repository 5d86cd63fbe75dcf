package deadlock.lockorderinversion;

/**
 * The flush control takes the writer's monitor (in {@code markForFullFlush}) only when called from the
 * writer's {@code flushAllThreads}, which already holds it: that step is re-entrant, and the writer's
 * lock excludes the other order (lucene DocumentsWriter and DocumentsWriterFlushControl, deadlock
 * review A10).
 */
public class GoodGateHeldByCallerInOtherClass {

    /** The writer. */
    public static final class Writer {
        private final FlushControl flushControl = new FlushControl(this);
        private long deleteQueueGeneration;
        private int deletes;

        public void flushAllThreads() {
            synchronized (this) {
                flushControl.markForFullFlush();
            }
        }

        public synchronized void applyDelete() {
            deletes++;
            flushControl.doOnDelete();
        }

        synchronized void resetDeleteQueue() {
            deleteQueueGeneration++;
        }
    }

    /** Decides when to flush. */
    public static final class FlushControl {
        private final Writer writer;
        private boolean fullFlush;
        private int pendingDeletes;

        FlushControl(Writer writer) {
            this.writer = writer;
        }

        synchronized void markForFullFlush() {
            fullFlush = true;
            writer.resetDeleteQueue();
        }

        synchronized void doOnDelete() {
            pendingDeletes++;
        }

        public synchronized boolean isFullFlush() {
            return fullFlush;
        }
    }
}
