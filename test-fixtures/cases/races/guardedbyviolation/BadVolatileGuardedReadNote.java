package races.guardedbyviolation;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import net.jcip.annotations.GuardedBy;

/**
 * A ring version bumped under the write lock and read without it: the field is volatile, so the read sees
 * the last bump, and what the lock would add (no bump between the read and its use) the caller re-checks.
 * Against the annotation, but a note (cassandra's TokenMetadata.ringVersion). A write without the lock
 * stays an error.
 */
public class BadVolatileGuardedReadNote {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    @GuardedBy("lock")
    private volatile long ringVersion;

    public void invalidate() {
        lock.writeLock().lock();
        try {
            ringVersion++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long getRingVersion() {
        return ringVersion; // expect: GuardedByViolation['the field is volatile, so the read sees the last write']
    }

    public void reset() {
        ringVersion = 0; // expect: GuardedByViolation['is written here without holding']
    }
}
