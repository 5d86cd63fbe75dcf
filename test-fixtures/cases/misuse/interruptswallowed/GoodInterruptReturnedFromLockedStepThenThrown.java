package misuse.interruptswallowed;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The wait runs in a closure the manager calls under its lock; the handler answers the interrupt by
 * returning true, and the method throws a fresh InterruptedException when it sees that answer (kafka
 * streams' DefaultTaskManager.awaitProcessableTasks).
 */
public class GoodInterruptReturnedFromLockedStepThenThrown {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private int pending;

    public void awaitWork() throws InterruptedException {
        boolean interrupted = returnLocked(() -> {
            while (pending == 0) {
                try {
                    ready.await();
                } catch (InterruptedException ignored) {
                    return true;
                }
            }
            pending--;
            return false;
        });
        if (interrupted) {
            throw new InterruptedException();
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
