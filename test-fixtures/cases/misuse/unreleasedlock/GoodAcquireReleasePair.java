package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantLock;

/** Table lock handle exposing acquire() and release() as a pair: the unlock lives in the sibling method by design. */
public class GoodAcquireReleasePair {
    private final ReentrantLock lock = new ReentrantLock();

    public void acquire() {
        lock.lock();
    }

    public void release() {
        lock.unlock();
    }

    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
