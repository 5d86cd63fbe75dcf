package races.unguardedread;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A connection whose fill state is guarded by its lock; the text {@code toString} shows is built by a
 * public helper that reads the state without the lock. Only {@code toString} calls it: a stale state
 * there only changes a log line, as a stale read in {@code toString} itself would.
 */
public class GoodDebugTextBuiltForToString {
    private final ReentrantLock lock = new ReentrantLock();
    private String fillState = "IDLE";
    private int fills;

    public void fill() {
        lock.lock();
        try {
            fillState = "FILLING";
            fills++;
            fillState = "IDLE";
        } finally {
            lock.unlock();
        }
    }

    public int fills() {
        lock.lock();
        try {
            return fills;
        } finally {
            lock.unlock();
        }
    }

    public String toConnectionString() {
        return "fill=" + fillState + ", fills=" + fills;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + toConnectionString() + "]";
    }
}
