package deadlock.blockingunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A cache of futures weighs an entry under its lock only when the future has completed normally: the
 * {@code join()} is the last operand of the test that saw it done, so it answers at once.
 */
public class GoodJoinAfterDoneInSameCondition {
    private final Map<String, CompletableFuture<String>> entries = new HashMap<>();
    private long weight;

    static boolean isReady(CompletableFuture<?> future) {
        return future != null && future.isDone() && !future.isCompletedExceptionally() && future.join() != null;
    }

    public synchronized void put(String key, CompletableFuture<String> value) {
        entries.put(key, value);
        if (isReady(value)) {
            weight++;
        }
    }

    public synchronized long weight() {
        return weight;
    }
}
