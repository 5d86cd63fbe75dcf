package deadlock.blockingunderlock;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Countdown gate that awaits a Condition of the only Lock it holds: await() releases that lock while waiting. */
public class GoodAwaitOnHeldLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition opened = lock.newCondition();
    private int remaining;

    public GoodAwaitOnHeldLock(int parties) {
        this.remaining = parties;
    }

    public void arrive() {
        lock.lock();
        try {
            if (--remaining <= 0) {
                opened.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public void awaitOpen() throws InterruptedException {
        lock.lock();
        try {
            while (remaining > 0) {
                opened.await();
            }
        } finally {
            lock.unlock();
        }
    }
}
