package misuse.waitnotinloop;

import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * A condition of the program's own, implementing the library's {@code Condition}: its {@code await()}
 * waits once and returns, as the interface allows (a spurious wakeup is part of its contract, and every
 * caller waits in a loop that re-checks its own state).
 */
public class GoodLibraryWaitPrimitiveMayReturnEarly implements Condition {
    private int outstanding;
    private int waiters;

    @Override
    public void await() throws InterruptedException {
        synchronized (this) {
            if (outstanding > 0) {
                waiters++;
                try {
                    wait();
                    return;
                } finally {
                    waiters--;
                }
            }
        }
    }

    public synchronized int waiters() {
        return waiters;
    }

    @Override
    public void awaitUninterruptibly() {
        throw new UnsupportedOperationException();
    }

    @Override
    public long awaitNanos(long nanosTimeout) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean await(long time, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean awaitUntil(Date deadline) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void signal() {
        outstanding--;
        notifyAll();
    }

    @Override
    public synchronized void signalAll() {
        outstanding = 0;
        notifyAll();
    }

    public synchronized void begin() {
        outstanding++;
    }
}
