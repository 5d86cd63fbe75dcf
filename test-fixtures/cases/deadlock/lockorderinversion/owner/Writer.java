package deadlock.lockorderinversion.owner;

/**
 * An owner and the control object it made for itself, each calling the other under its own monitor.
 * The control calls back into its owner only from {@code markForFlush}, which only the owner calls,
 * holding its own monitor: the owner's lock is already held, by the same thread, on the same object.
 */
public class Writer {
    private final FlushControl control = new FlushControl(this);
    private long queue;

    public synchronized long flushAll() {
        return control.markForFlush();
    }

    synchronized long resetQueue() {
        return ++queue;
    }

    public synchronized void delete() {
        control.onDelete();
    }
}
