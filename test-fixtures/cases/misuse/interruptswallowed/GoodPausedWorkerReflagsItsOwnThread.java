package misuse.interruptswallowed;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pausable pool: each worker, before it runs a task, waits while the pool is paused. The pool hands
 * the hook the worker itself, which the hook passes down to the pause gate; interrupted while waiting,
 * the gate re-flags that thread: its own (Spring's ExecutorLifecycleDelegate).
 */
public class GoodPausedWorkerReflagsItsOwnThread {
    private final PauseGate gate = new PauseGate();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 0L, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>()) {
        @Override
        protected void beforeExecute(Thread thread, Runnable task) {
            GoodPausedWorkerReflagsItsOwnThread.this.beforeExecute(thread, task);
        }
    };

    protected void beforeExecute(Thread thread, Runnable task) {
        gate.awaitUnpaused(thread);
    }

    public void execute(Runnable task) {
        executor.execute(task);
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
            } catch (InterruptedException ex) {
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
