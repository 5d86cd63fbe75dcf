package races.unguardedread;

import java.util.concurrent.locks.ReentrantLock;

/**
 * As {@link GoodDebugTextBuiltForToString}, with the text built in a {@code StringBuilder} that a
 * protected helper returns and only {@code toString} (and an override calling {@code super}) use:
 * netty's {@code toStringBuilder()}.
 */
public class GoodDebugBuilderForToString {
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

    protected StringBuilder toStringBuilder() {
        return new StringBuilder("fill=").append(fillState).append(", fills=").append(fills);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + toStringBuilder() + "]";
    }

    /** A subclass that adds to the text. */
    public static class Named extends GoodDebugBuilderForToString {
        @Override
        protected StringBuilder toStringBuilder() {
            return super.toStringBuilder().append(", named");
        }
    }
}
