package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The sleeping retry runs on a fixed thread pool sized for blocking work, not on the common ForkJoinPool. */
public class GoodBlockingOnDedicatedPool {
    private final ExecutorService ioPool = Executors.newFixedThreadPool(16);

    public CompletableFuture<Integer> fetchWithRetry(String url) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
            return url.isEmpty() ? 400 : 200;
        }, ioPool);
    }

    public void shutdown() {
        ioPool.shutdown();
    }
}
