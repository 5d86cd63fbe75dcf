package races.unguardedwrite;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The same counter, but the comparison is the wrong way round: the update runs exactly when the lock
 * could not be taken.
 */
public class BadUpdateWhenTryLockComparedWithTrueFails {

    private final ReentrantLock lock = new ReentrantLock();
    private long hits;

    public void hit() {
        lock.lock();
        try {
            hits++;
        } finally {
            lock.unlock();
        }
    }

    public void tryHit() {
        if (lock.tryLock() == true) {
            lock.unlock();
            return;
        }
        hits++; // expect: UnguardedWrite['`hits` is updated without `lock`']
    }

    public long hits() {
        lock.lock();
        try {
            return hits;
        } finally {
            lock.unlock();
        }
    }

    public void start() {
        new Thread(this::hit).start();
    }
}
