package misuse.interruptswallowed;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** The interrupt becomes the failure of the future the caller waits on: it is passed on, not swallowed. */
public class GoodFailureHandedToFuture {

    public static CompletableFuture<String> relay(Future<String> source) {
        CompletableFuture<String> result = new CompletableFuture<>();
        try {
            result.complete(source.get());
        } catch (Exception e) {
            result.completeExceptionally(e);
        }
        return result;
    }
}
