package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;

/**
 * A channel's read flag is set only by a task handed to its event loop, so no other thread writes it;
 * but {@code isReadPending()} is public and reads the plain field from whichever thread calls it. Its
 * answer may be stale: the write is confined, the getter is not. A note: the fix is the getter's
 * (a volatile field), and whether a stale answer matters depends on what its callers do with it.
 */
public class BadLoopFlagReadByClientGetter {
    private final EventExecutor eventLoop;
    private boolean readPending;

    public BadLoopFlagReadByClientGetter(EventExecutor eventLoop) {
        this.eventLoop = eventLoop;
    }

    public void requestRead() {
        eventLoop.execute(() -> readPending = true); // expect: UnguardedWrite['only reads made by clients meet it, and they may see a stale value']
    }

    public boolean isReadPending() {
        return readPending;
    }
}
