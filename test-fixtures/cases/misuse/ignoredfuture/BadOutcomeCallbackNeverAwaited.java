package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * The flush hands its outcome to the future the caller gives it, but the caller never looks at that
 * one either: when the flush fails, nobody sees it.
 */
public class BadOutcomeCallbackNeverAwaited {
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    public Future<?> flush(String offsets, CompletableFuture<Void> done) {
        return pool.submit(() -> {
            if (offsets.isEmpty()) {
                done.completeExceptionally(new IllegalStateException("nothing to flush"));
                throw new IllegalStateException("nothing to flush");
            }
            done.complete(null);
        });
    }

    public void commit(String offsets) throws ExecutionException, InterruptedException, TimeoutException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        flush(offsets, done); // expect: IgnoredFuture['the Future returned by `flush` is dropped']
        System.out.println("flush requested: " + done.isDone());
    }
}
