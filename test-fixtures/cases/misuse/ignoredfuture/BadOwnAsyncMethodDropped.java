package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Notifier that calls its own sendAsync() (declared to return a CompletableFuture) and drops the result: delivery failures disappear. */
public class BadOwnAsyncMethodDropped {
    private final ExecutorService executor = Executors.newCachedThreadPool();

    public CompletableFuture<Boolean> sendAsync(String recipient, String body) {
        return CompletableFuture.supplyAsync(() -> deliver(recipient, body), executor);
    }

    public void welcome(String recipient) {
        sendAsync(recipient, "Welcome!"); // expect: IgnoredFuture
    }

    private static boolean deliver(String recipient, String body) {
        if (!recipient.contains("@")) {
            throw new IllegalArgumentException("bad address " + recipient);
        }
        return !body.isEmpty();
    }
}
