package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

/** A retry loop with Thread.sleep back-off runs inside supplyAsync on the shared common pool. */
public class BadSleepInSupplyAsync {
    public CompletableFuture<Integer> fetchWithRetry(String url) {
        return CompletableFuture.supplyAsync(() -> {
            for (int attempt = 1; attempt <= 3; attempt++) {
                int status = ThreadLocalRandom.current().nextInt(2) == 0 ? 503 : 200;
                if (status == 200) {
                    return status;
                }
                try {
                    Thread.sleep(100L * attempt); // expect: BlockingInAsync
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CompletionException(e);
                }
            }
            return 503;
        });
    }
}
