package races.unguardedwrite;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * The same task, but the canceller interrupts the thread it reads from the field: a stale read misses
 * the runner (the task goes on) or interrupts a thread that has since moved on to other work.
 */
public class BadRunnerThreadInterruptedByCanceller implements Callable<Void> {
    private final Runnable work;
    private final ExecutorService executor;
    private Thread runner;

    public BadRunnerThreadInterruptedByCanceller(Runnable work, ExecutorService executor) {
        this.work = work;
        this.executor = executor;
    }

    public void start() {
        executor.submit(this);
    }

    @Override
    public Void call() {
        runner = Thread.currentThread(); // expect: UnguardedWrite['`runner` is written without a lock']
        try {
            work.run();
        } finally {
            runner = null;
        }
        return null;
    }

    public void cancel() {
        Thread t = runner;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
        }
    }
}
