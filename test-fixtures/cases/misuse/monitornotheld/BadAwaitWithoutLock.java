package misuse.monitornotheld;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Completion latch that awaits its Condition without holding the Lock that created it: await() throws IllegalMonitorStateException. */
public class BadAwaitWithoutLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition done = lock.newCondition();
    private volatile boolean finished;

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
        while (!finished) {
            done.await(); // expect: MonitorNotHeld['`done.await()` is called without holding `lock`, the lock of condition `done`']
        }
    }
}
