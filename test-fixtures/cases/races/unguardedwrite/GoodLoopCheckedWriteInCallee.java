package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;

/**
 * The look-alike: {@code setReadPending} writes the flag itself only when the caller is on the loop, and
 * hands the write to the loop otherwise; {@code requestRead}, which clients call from any thread, goes
 * through it. Every write of the flag runs on the loop's one thread, also the one reached from
 * {@code requestRead} (netty's AbstractOioChannel.setReadPending).
 */
public class GoodLoopCheckedWriteInCallee {
    private final EventExecutor executor;
    private boolean readPending;

    public GoodLoopCheckedWriteInCallee(EventExecutor executor) {
        this.executor = executor;
    }

    public void readDone() {
        executor.execute(new Runnable() {
            @Override
            public void run() {
                if (readPending) {
                    readPending = false;
                }
            }
        });
    }

    public void requestRead() {
        setReadPending(true);
    }

    protected void setReadPending(boolean value) {
        if (executor.inEventLoop()) {
            readPending = value;
        } else {
            executor.execute(() -> readPending = value);
        }
    }
}
