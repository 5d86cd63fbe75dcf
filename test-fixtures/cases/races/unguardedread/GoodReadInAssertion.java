package races.unguardedread;

/**
 * A flush control whose state changes under its monitor; {@code markForFlush} checks that state
 * without the monitor only inside an {@code assert}, a consistency check that runs only when
 * assertions are enabled (a debugging run), not a read the code acts on (lucene
 * DocumentsWriterFlushControl).
 */
public class GoodReadInAssertion {
    private boolean fullFlush;
    private int pending;

    public synchronized void startFullFlush() {
        fullFlush = true;
    }

    public synchronized void finishFullFlush() {
        fullFlush = false;
        pending = 0;
    }

    public void markForFlush(int bytes) {
        assert fullFlush : "only during a full flush";
        add(bytes);
    }

    private synchronized void add(int bytes) {
        pending += bytes;
    }
}
