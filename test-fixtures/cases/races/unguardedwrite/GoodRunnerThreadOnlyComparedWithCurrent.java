package races.unguardedwrite;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The task remembers the thread that runs it only to ask "am I that thread?": every write stores
 * {@code Thread.currentThread()} or null, every read is compared by identity with the calling thread. A
 * thread sees its own writes, and a value another thread stored can never be the caller, so a stale read
 * gives the same answer as a fresh one: cancelling from inside the task never interrupts itself.
 */
public class GoodRunnerThreadOnlyComparedWithCurrent implements Callable<Void> {
    private final Runnable work;
    private final ExecutorService executor;
    private Thread runner;
    private volatile Future<?> future;

    public GoodRunnerThreadOnlyComparedWithCurrent(Runnable work, ExecutorService executor) {
        this.work = work;
        this.executor = executor;
    }

    public void start() {
        future = executor.submit(this);
    }

    @Override
    public Void call() {
        runner = Thread.currentThread();
        try {
            work.run();
        } finally {
            runner = null;
        }
        return null;
    }

    public void cancel() {
        Future<?> f = future;
        if (f != null) {
            f.cancel(runner != Thread.currentThread());
        }
    }
}
