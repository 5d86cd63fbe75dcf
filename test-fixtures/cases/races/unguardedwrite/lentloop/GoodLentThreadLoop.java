package races.unguardedwrite.lentloop;

import io.netty.util.concurrent.EventExecutor;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An event loop that borrows its one thread from an executor (netty SingleThreadEventExecutor): the task
 * it hands over once runs the loop's own {@code run()}, so that task is the loop's thread. The base's
 * bookkeeping in the task and the subclass's loop body ({@link GoodIdleLoop}, which asserts it is on the
 * loop) run on that one thread.
 */
public abstract class GoodLentThreadLoop implements EventExecutor {
    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Thread thread;
    private long lastRun;

    protected GoodLentThreadLoop(Executor executor) {
        this.executor = executor;
    }

    @Override
    public boolean inEventLoop() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (started.compareAndSet(false, true)) {
            startThread();
        }
    }

    private void startThread() {
        executor.execute(new Runnable() {
            @Override
            public void run() {
                thread = Thread.currentThread();
                updateLastRun();
                GoodLentThreadLoop.this.run();
            }
        });
    }

    protected void updateLastRun() {
        lastRun = System.nanoTime();
    }

    protected long lastRun() {
        return lastRun;
    }

    protected boolean runAll() {
        boolean any = false;
        for (Runnable t = tasks.poll(); t != null; t = tasks.poll()) {
            t.run();
            any = true;
        }
        return any;
    }

    protected abstract void run();
}
