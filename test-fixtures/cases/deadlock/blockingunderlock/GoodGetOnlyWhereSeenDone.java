package deadlock.blockingunderlock;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A task that, on abort, releases its result only if the result is already there: the {@code get()} under
 * {@code isDone()} answers at once, lock or not (cassandra's ValidationTask.abort). The same for a future
 * the object holds.
 */
public class GoodGetOnlyWhereSeenDone extends CompletableFuture<String> {
    private final Future<String> upload;
    private boolean active = true;

    public GoodGetOnlyWhereSeenDone(Future<String> upload) {
        this.upload = upload;
    }

    public synchronized void abort() throws InterruptedException, ExecutionException {
        if (active) {
            if (isDone()) {
                System.out.println(get());
            }
            if (upload.isDone()) {
                System.out.println(upload.get());
            }
            active = false;
        }
    }

    public synchronized boolean isActive() {
        return active;
    }
}
