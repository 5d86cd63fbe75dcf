package misuse.interruptswallowed;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The handler answers the interrupt by returning true from the locked step, but the method only logs
 * that answer and returns as if nothing happened: its caller goes on without the flag.
 */
public class BadInterruptReturnedFromLockedStepIgnored {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private int pending;

    public void awaitWork() throws InterruptedException {
        boolean interrupted = returnLocked(() -> {
            while (pending == 0) {
                try {
                    ready.await();
                } catch (InterruptedException ignored) { // expect: InterruptSwallowed['InterruptedException is swallowed']
                    return true;
                }
            }
            pending--;
            return false;
        });
        if (interrupted) {
            System.err.println("woken by an interrupt");
        }
    }

    public void add() {
        lock.lock();
        try {
            pending++;
            ready.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private <T> T returnLocked(Supplier<T> step) {
        lock.lock();
        try {
            return step.get();
        } finally {
            lock.unlock();
        }
    }
}
