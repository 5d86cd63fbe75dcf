package races.unguardedwrite;

import io.grpc.SynchronizationContext;

/**
 * A resolver keeps its state in its gRPC synchronization context: its tasks run there one at a time, and
 * its callback asserts it is called there (throwIfNotInThisSynchronizationContext returns only in the
 * context), so the plain fields have one thread (gRPC's ManagedChannelImpl.NameResolverListener).
 */
public class GoodStateConfinedToSynchronizationContext {
    private final SynchronizationContext syncContext;
    private boolean resolving;
    private int results;

    public GoodStateConfinedToSynchronizationContext(SynchronizationContext syncContext) {
        this.syncContext = syncContext;
    }

    public void refresh() {
        syncContext.execute(this::resolve);
    }

    public void onResult(int count) {
        syncContext.throwIfNotInThisSynchronizationContext();
        results += count;
        resolving = false;
    }

    private void resolve() {
        if (!resolving) {
            resolving = true;
            results = 0;
        }
    }
}
