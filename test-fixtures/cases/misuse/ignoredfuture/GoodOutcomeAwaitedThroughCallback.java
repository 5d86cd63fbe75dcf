package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The flush hands its outcome to the future the caller gives it, and the caller waits on that one: the
 * future flush() returns is dropped, but no failure goes unseen.
 */
public class GoodOutcomeAwaitedThroughCallback {
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
        flush(offsets, done);
        done.get(5, TimeUnit.SECONDS);
    }
}
