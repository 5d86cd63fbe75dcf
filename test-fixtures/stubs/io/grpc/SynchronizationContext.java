package io.grpc;

import java.util.concurrent.Executor;

/**
 * Stand-in for gRPC's SynchronizationContext: it runs the tasks given to it one at a time, in order, and
 * throwIfNotInThisSynchronizationContext() returns only when the caller is running in it.
 */
public final class SynchronizationContext implements Executor {

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    public void throwIfNotInThisSynchronizationContext() {
        // the real one throws IllegalStateException outside the context
    }
}
