package misuse.waitnotinloop;

import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * The library's {@code Condition} implemented with a wait that does not return right away: after the wait
 * it takes a permit as if it had been signalled, and a spurious wakeup takes one that was never given.
 */
public class BadLibraryWaitPrimitiveActsAfterWait implements Condition {
    private int outstanding;

    @Override
    public void await() throws InterruptedException {
        synchronized (this) {
            if (outstanding > 0) {
                wait(); // expect: WaitNotInLoop['`this.wait()` is not in a loop']
                outstanding--;
            }
        }
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
