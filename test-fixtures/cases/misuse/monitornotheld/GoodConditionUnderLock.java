package misuse.monitornotheld;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Completion latch that awaits and signals its Condition only while holding the Lock that created it. */
public class GoodConditionUnderLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition done = lock.newCondition();
    private boolean finished;

    public void finish() {
        lock.lock();
        try {
            finished = true;
            done.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void awaitDone() throws InterruptedException {
        lock.lock();
        try {
            while (!finished) {
                done.await();
            }
        } finally {
            lock.unlock();
        }
    }
}
