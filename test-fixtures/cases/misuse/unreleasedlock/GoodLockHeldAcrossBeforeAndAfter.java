package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * beforeEvent() takes the read lock and keeps it when it returns true, releasing it at once only when
 * it refuses; afterEvent() releases it: a protocol split across two methods (log4j
 * LockingReliabilityStrategy).
 */
public class GoodLockHeldAcrossBeforeAndAfter {
    private final ReentrantReadWriteLock reconfigure = new ReentrantReadWriteLock();
    private volatile boolean stopping;

    public boolean beforeEvent() {
        reconfigure.readLock().lock();
        if (stopping) {
            reconfigure.readLock().unlock();
            return false;
        }
        return true;
    }

    public void afterEvent() {
        reconfigure.readLock().unlock();
    }

    public void stop() {
        stopping = true;
    }
}
