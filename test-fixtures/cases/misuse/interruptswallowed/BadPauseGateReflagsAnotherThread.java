package misuse.interruptswallowed;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The same pause gate, but a client also waits at it, passing the thread it supervises: interrupted
 * while waiting, the gate re-flags that other thread, and the waiting client's own flag is lost.
 */
public class BadPauseGateReflagsAnotherThread {
    private final PauseGate gate = new PauseGate();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 0L, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>()) {
        @Override
        protected void beforeExecute(Thread thread, Runnable task) {
            BadPauseGateReflagsAnotherThread.this.beforeExecute(thread, task);
        }
    };

    protected void beforeExecute(Thread thread, Runnable task) {
        gate.awaitUnpaused(thread);
    }

    public void execute(Runnable task) {
        executor.execute(task);
    }

    public void awaitResumed(Thread supervised) {
        gate.awaitUnpaused(supervised);
    }

    public void pause() {
        gate.pause();
    }

    public void resume() {
        gate.resume();
    }

    static final class PauseGate {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition unpaused = lock.newCondition();
        private boolean paused;

        void awaitUnpaused(Thread thread) {
            lock.lock();
            try {
                while (paused) {
                    unpaused.await();
                }
            } catch (InterruptedException ex) { // expect: InterruptSwallowed['InterruptedException is swallowed']
                thread.interrupt();
            } finally {
                lock.unlock();
            }
        }

        void pause() {
            lock.lock();
            try {
                paused = true;
            } finally {
                lock.unlock();
            }
        }

        void resume() {
            lock.lock();
            try {
                paused = false;
                unpaused.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
