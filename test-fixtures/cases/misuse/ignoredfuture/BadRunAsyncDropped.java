package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Audit trail written with CompletableFuture.runAsync(...).thenRun(...) and the stage dropped: a failing write is silently lost. */
public class BadRunAsyncDropped {
    private final ConcurrentLinkedQueue<String> trail = new ConcurrentLinkedQueue<>();

    public void audit(String event) {
        CompletableFuture.runAsync(() -> write(event)).thenRun(() -> trail.add("flushed")); // expect: IgnoredFuture
    }

    private void write(String event) {
        if (event.isBlank()) {
            throw new IllegalStateException("blank audit event");
        }
        trail.add(event);
    }
}
