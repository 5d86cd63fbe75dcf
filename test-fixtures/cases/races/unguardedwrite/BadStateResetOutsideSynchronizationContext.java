package races.unguardedwrite;

import io.grpc.SynchronizationContext;

/**
 * The same resolver, but its callback does not assert the context and callers on any thread call it: it
 * changes the state while a task in the context changes it too.
 */
public class BadStateResetOutsideSynchronizationContext {
    private final SynchronizationContext syncContext;
    private boolean resolving;
    private int results;

    public BadStateResetOutsideSynchronizationContext(SynchronizationContext syncContext) {
        this.syncContext = syncContext;
    }

    public void refresh() {
        syncContext.execute(this::resolve);
    }

    public void onResult(int count) {
        results += count;
        resolving = false;
    }

    private void resolve() {
        if (!resolving) {
            resolving = true; // expect: UnguardedWrite['it races with the write of `resolving` in `BadStateResetOutsideSynchronizationContext.onResult` (without a lock)']
            results = 0; // expect: UnguardedWrite['runs on the event loop `syncContext`']
        }
    }
}
