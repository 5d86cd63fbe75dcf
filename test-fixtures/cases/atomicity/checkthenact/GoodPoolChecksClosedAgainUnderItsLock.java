package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool that checks its volatile closed flag before taking its lock (a fast path) and again under it,
 * before it records the new buffer: close() sets the flag and drains the list under the same lock, so
 * nothing is recorded after the drain (undertow's DefaultByteBufferPool.allocate).
 */
public class GoodPoolChecksClosedAgainUnderItsLock {
    private final List<StringBuilder> all = new ArrayList<>();
    private volatile boolean closed;

    public StringBuilder allocate() {
        if (closed) {
            throw new IllegalStateException("pool is closed");
        }
        StringBuilder local = new StringBuilder();
        synchronized (all) {
            if (closed) {
                throw new IllegalStateException("pool is closed");
            }
            all.add(local);
        }
        return local;
    }

    public void close() {
        if (closed) {
            return;
        }
        synchronized (all) {
            closed = true;
            all.clear();
        }
    }
}
