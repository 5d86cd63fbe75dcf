package races.unguardedwrite;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The task goes to the caller's executor, or to the shared default one: either way it runs on a pool
 * thread, and its count races with the client that reads it.
 */
public class BadTaskHandedToChosenExecutor {
    private static final Executor DEFAULT = Executors.newCachedThreadPool();
    private final Executor custom;
    private final Object lock = new Object();
    private int completed;

    public BadTaskHandedToChosenExecutor(Executor custom) {
        this.custom = custom;
    }

    public void submit(Runnable work) {
        (custom != null ? custom : DEFAULT).execute(() -> {
            work.run();
            completed++; // expect: UnguardedWrite['runs on the task handed to `(custom or BadTaskHandedToChosenExecutor.DEFAULT).execute(...)`']
        });
    }

    public int completed() {
        synchronized (lock) {
            return completed;
        }
    }

    public void reset() {
        synchronized (lock) {
            completed = 0;
        }
    }
}
