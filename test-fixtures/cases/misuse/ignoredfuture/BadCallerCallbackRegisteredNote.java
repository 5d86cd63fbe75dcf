package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A command registers its caller's callback and drops the stage thenAccept returns: if the callback
 * throws, nobody sees it. Whether it can throw is the caller's code, which the program does not show:
 * a note, not a warning.
 */
public class BadCallerCallbackRegisteredNote extends CompletableFuture<String> {
    public void onComplete(Consumer<? super String> action) {
        thenAccept(action); // expect: IgnoredFuture['the Future returned by `thenAccept` is dropped']
    }
}
