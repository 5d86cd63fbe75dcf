package races.unguardedwrite;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A counter updated under its lock, once through lock() and once through a tryLock() written as a
 * comparison with false ({@code if (lock.tryLock() == false) return ...;}, lucene LRUQueryCache's
 * style): the rest of the method runs only holding the lock.
 */
public class GoodUpdateAfterTryLockComparedWithFalse {

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

    public boolean tryHit() {
        if (lock.tryLock() == false) {
            return false;
        }
        try {
            hits++;
            return true;
        } finally {
            lock.unlock();
        }
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
