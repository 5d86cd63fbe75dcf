package races.unguardedwrite;

/**
 * A static hook for tests, read by an instance's synchronized {@code close}: the instance's monitor is
 * one per instance, so it cannot be what guards a static field (two instances' threads hold two
 * different monitors), and the unsynchronized static setter is not "missing" it (cassandra
 * PaxosPrepare.setOnLinearizabilityViolation, NettyStreamingChannel.trackInboundHandlers).
 */
public class GoodStaticHookReadUnderInstanceMonitor {
    private static Runnable onClose;
    private boolean closed;

    public static void setOnClose(Runnable hook) {
        onClose = hook;
    }

    public void close() {
        Runnable hook;
        synchronized (this) {
            closed = true;
            hook = onClose;
        }
        if (hook != null) {
            hook.run();
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
