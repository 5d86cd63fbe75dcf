package races.unguardedread;
import java.util.concurrent.locks.ReentrantReadWriteLock;
/**
 * The same double check, but the boundaries object keeps its positions in a plain field: the unlocked
 * check can see a new object whose positions are not yet visible.
 */
public class BadDoubleCheckedThroughMutableObject {
    /** Boundaries; a newer one replaces an out-of-date one. */
    public static final class Boundaries {
        private long[] positions;
        private volatile boolean invalid;
        Boundaries(long[] positions) { this.positions = positions.clone(); }
        public boolean isOutOfDate() { return invalid; }
        public void invalidate() { invalid = true; }
        public int size() { return positions.length; }
    }
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private Boundaries current = new Boundaries(new long[0]);
    private int strategies;

    public int strategies() {
        maybeReload(); // related: UnguardedRead@32['reaches the read from here']
        lock.readLock().lock();
        try {
            return strategies;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void maybeReload() {
        if (!current.isOutOfDate()) // expect: UnguardedRead['`current` is read without `lock.writeLock()`'], UnguardedRead['(reached from `BadDoubleCheckedThroughMutableObject.strategies` at line 22)']
            return;
        lock.writeLock().lock();
        try {
            if (!current.isOutOfDate())
                return;
            reload();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void reload() {
        current = new Boundaries(new long[] {1, 2});
        strategies = current.size();
    }

    public Boundaries boundaries() {
        lock.readLock().lock();
        try {
            return current;
        } finally {
            lock.readLock().unlock();
        }
    }
}
