package races.unguardedread;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A pool made on first use: under the monitor, a null pool is made by a private helper; after the
 * synchronized block the pool is used without the monitor. The field goes from null to its one value once,
 * under the monitor, and every path to the read passes that locked check first: either this thread saw the
 * pool under the monitor, after the thread that made it released it, or made it itself (dbcp2's
 * SharedPoolDataSource.getPooledConnectionAndInfo).
 */
public class GoodReadAfterLockedInitThroughHelper {
    private Deque<String> pool;

    public String borrow(String name) {
        synchronized (this) {
            if (pool == null) {
                try {
                    register(name);
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException("cannot register " + name, e);
                }
            }
        }
        return pool.peekFirst();
    }

    private void register(String name) {
        Deque<String> made = new ArrayDeque<>();
        made.add(name);
        pool = made;
    }

    public synchronized int size() {
        return pool == null ? 0 : pool.size();
    }
}
