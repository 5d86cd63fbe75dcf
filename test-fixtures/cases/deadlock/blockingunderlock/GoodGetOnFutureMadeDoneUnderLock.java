package deadlock.blockingunderlock;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A cache segment that records a value computed under its lock through the same helper that waits for
 * a loading future: handed a future made done ({@code CompletableFuture.completedFuture}), the helper's
 * {@code get()} answers at once. The look-alike hands in a future another thread completes, and waits.
 */
public class GoodGetOnFutureMadeDoneUnderLock {
    private Object value;
    private long hits;

    public synchronized Object compute(Object computed) throws ExecutionException {
        return record(CompletableFuture.completedFuture(computed));
    }

    public synchronized Object load(Future<Object> loading) throws ExecutionException {
        return record(loading); // expect: BlockingUnderLock['`record()` may block in `future.get()`']
    }

    private Object record(Future<Object> future) throws ExecutionException {
        hits++;
        value = getUninterruptibly(future);
        return value;
    }

    private static Object getUninterruptibly(Future<Object> future) throws ExecutionException {
        while (true) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
