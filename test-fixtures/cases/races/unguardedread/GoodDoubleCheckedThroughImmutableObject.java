package races.unguardedread;
import java.util.concurrent.locks.ReentrantReadWriteLock;
/**
 * The boundaries are checked without the lock, then checked again under the write lock before they are
 * replaced (by a helper of the same object): double-checked locking on an object whose fields are all
 * final or volatile, so the unlocked check sees either an old, complete object (and takes the lock to
 * look again) or the new one; no half-built state (cassandra CompactionStrategyGoodDoubleCheckedThroughImmutableObject
 * .maybeReloadDiskBoundaries).
 */
public class GoodDoubleCheckedThroughImmutableObject {
    /** Immutable boundaries; a newer one replaces an out-of-date one. */
    public static final class Boundaries {
        private final long[] positions;
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
        maybeReload();
        lock.readLock().lock();
        try {
            return strategies;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void maybeReload() {
        if (!current.isOutOfDate())
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
