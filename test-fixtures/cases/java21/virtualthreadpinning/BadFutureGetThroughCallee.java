package java21.virtualthreadpinning;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A virtual thread that, under a monitor, calls a helper that waits for a future: pinned through the call. */
public class BadFutureGetThroughCallee {
    private final Object lock = new Object();
    private String latest = "";

    public Thread refreshInBackground(CompletableFuture<String> source) {
        return Thread.startVirtualThread(() -> refresh(source));
    }

    private void refresh(CompletableFuture<String> source) {
        synchronized (lock) {
            latest = await(source); // expect: VirtualThreadPinning['`await()` may block in `source.get()`'], BlockingUnderLock
        }
    }

    private static String await(CompletableFuture<String> source) {
        try {
            return source.get(); // related: VirtualThreadPinning['`source.get()` blocks here']
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException e) {
            return "";
        }
    }

    public String latest() {
        synchronized (lock) {
            return latest;
        }
    }
}
