package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike of BadLoopFlagReadByClientGetter whose flag is also cleared by a worker the program
 * starts for itself: the loop's write meets another thread's write, not only a client's read, and an
 * update is lost.
 */
public class BadLoopFlagPolledByWorkerAndReadByGetter {
    private final EventExecutor eventLoop;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private boolean readPending;

    public BadLoopFlagPolledByWorkerAndReadByGetter(EventExecutor eventLoop) {
        this.eventLoop = eventLoop;
    }

    public void requestRead() {
        eventLoop.execute(() -> readPending = true); // expect: UnguardedWrite['`readPending` is written without a lock, by a task that runs on another thread; it races']
    }

    public void sweep() {
        worker.execute(() -> readPending = false); // expect: UnguardedWrite['`readPending` is written without a lock, by a task that runs on another thread; it races with the write']
    }

    public boolean isReadPending() {
        return readPending;
    }
}
