package misuse.waitnotinloop;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A method named like a wait primitive that tests the object's state once and then waits: it is a wait
 * for a condition, not a bare wait its callers loop around, and a spurious wakeup returns with the
 * state still false.
 */
public class BadWaitNamedMethodWaitsUnderIf {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readyChanged = lock.newCondition();
    private boolean ready;

    public void waitForReady() throws InterruptedException {
        lock.lock();
        try {
            if (!ready) {
                readyChanged.await(); // expect: WaitNotInLoop['`readyChanged.await()` is not in a loop']
            }
        } finally {
            lock.unlock();
        }
    }

    public void markReady() {
        lock.lock();
        try {
            ready = true;
            readyChanged.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
