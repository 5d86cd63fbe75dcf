package races.unguardedwrite.lentloop;

import io.netty.util.concurrent.EventExecutor;
import java.util.concurrent.Executor;

/**
 * The same loop, but the task it hands to the executor for each flush only notes the time and does not
 * run the loop's body: it runs on a pool thread beside the loop's own thread, which writes the same field
 * after asserting it is on the loop.
 */
public abstract class BadTaskBesideLoop implements EventExecutor {
    private final Executor executor;
    private volatile Thread thread;
    private long lastFlush;

    protected BadTaskBesideLoop(Executor executor) {
        this.executor = executor;
    }

    @Override
    public boolean inEventLoop() {
        return Thread.currentThread() == thread;
    }

    public void flushLater() {
        executor.execute(new Runnable() {
            @Override
            public void run() {
                lastFlush = System.nanoTime(); // expect: UnguardedWrite['`lastFlush` is written without a lock, by a task that runs on another thread']
            }
        });
    }

    /** When the loop last flushed. */
    public long lastFlush() {
        return lastFlush;
    }

    /** The loop's body, run on its one thread. */
    protected void runLoop() {
        assert inEventLoop();
        thread = Thread.currentThread();
        lastFlush = System.nanoTime();
    }
}
