package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.List;

/**
 * BadPoolChecksClosedBeforeTakingItsLock with the closed check inside the lock that close() holds: a
 * borrow either sees the pool closed or records its connection before close() clears them all.
 */
public class GoodPoolChecksClosedUnderItsLock {
    private final Object lock = new Object();
    private final List<StringBuilder> all = new ArrayList<>();
    private volatile boolean closed;

    public StringBuilder borrow() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("pool is closed");
            }
            StringBuilder c = new StringBuilder("connection " + all.size());
            all.add(c);
            return c;
        }
    }

    public void close() {
        synchronized (lock) {
            closed = true;
            all.clear();
        }
    }
}
