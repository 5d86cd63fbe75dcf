package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Notifier that returns its futures to the caller or stores the pending one: the result is kept, not dropped. */
public class GoodFutureReturned {
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile Future<?> pendingDigest;

    public CompletableFuture<Boolean> sendAsync(String recipient, String body) {
        return CompletableFuture.supplyAsync(() -> recipient.contains("@") && !body.isEmpty(), executor);
    }

    public CompletableFuture<Boolean> welcome(String recipient) {
        return sendAsync(recipient, "Welcome!");
    }

    public void scheduleDigest(String recipient) {
        pendingDigest = executor.submit(() -> recipient.length());
    }

    public boolean cancelDigest() {
        Future<?> digest = pendingDigest;
        return digest != null && digest.cancel(false);
    }
}
