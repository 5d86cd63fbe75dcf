package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool that checks its volatile closed flag before taking its lock, then creates and records a
 * connection under the lock: close() can run whole in between (set the flag, close and clear every
 * connection, under the same lock), and the connection recorded after it is never closed.
 */
public class BadPoolChecksClosedBeforeTakingItsLock {
    private final Object lock = new Object();
    private final List<StringBuilder> all = new ArrayList<>();
    private volatile boolean closed;

    public StringBuilder borrow() {
        if (closed) {
            throw new IllegalStateException("pool is closed");
        }
        synchronized (lock) {
            StringBuilder c = new StringBuilder("connection " + all.size());
            all.add(c); // expect: CheckThenAct['`all.add()` adds to `all` once `closed` was seen unset'], CheckThenAct['(the check is made before `lock` is taken, so closing can run whole between the check and the add)']
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
