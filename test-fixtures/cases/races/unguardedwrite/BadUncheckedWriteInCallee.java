package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;

/**
 * {@code setReadPending} writes the flag on whatever thread calls it, and {@code requestRead}, which
 * clients call from any thread, goes through it: that write races with the loop's own.
 */
public class BadUncheckedWriteInCallee {
    private final EventExecutor executor;
    private boolean readPending;

    public BadUncheckedWriteInCallee(EventExecutor executor) {
        this.executor = executor;
    }

    public void readDone() {
        executor.execute(new Runnable() {
            @Override
            public void run() {
                if (readPending) {
                    readPending = false; // expect: UnguardedWrite['`readPending` is written without a lock, by a task that runs on another thread']
                }
            }
        });
    }

    public void requestRead() {
        setReadPending(true);
    }

    protected void setReadPending(boolean value) {
        readPending = value;
    }
}
