package races.unguardedwrite;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The lambda is written inside a synchronized method, but runAsync runs it later on a pool thread, without the monitor. */
public class BadAsyncLambdaUnderMonitor {
    private final Executor pool;
    private int generation;

    public BadAsyncLambdaUnderMonitor(Executor pool) {
        this.pool = pool;
    }

    public synchronized CompletableFuture<Void> invalidateLater() {
        return CompletableFuture.runAsync(() -> generation++, pool); // expect: UnguardedWrite
    }

    public synchronized int generation() {
        return generation;
    }
}
