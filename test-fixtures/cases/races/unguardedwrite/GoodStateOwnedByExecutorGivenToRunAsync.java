package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A session store whose map only tasks of its own single-thread executor touch: each public method hands
 * a task to {@code CompletableFuture.runAsync(task, owner)} or {@code supplyAsync(task, owner)}, which
 * run on {@code owner}'s one thread, and callers get the answers through futures.
 */
public class GoodStateOwnedByExecutorGivenToRunAsync {
    private final Map<String, Long> lastSeen = new HashMap<>();
    private long evictions;
    private final ExecutorService owner = Executors.newSingleThreadExecutor();

    public CompletableFuture<Void> touch(String id, long now) {
        return CompletableFuture.runAsync(() -> lastSeen.put(id, now), owner);
    }

    public CompletableFuture<Integer> evictOlderThan(long cutoff) {
        return CompletableFuture.supplyAsync(() -> {
            int before = lastSeen.size();
            lastSeen.values().removeIf(t -> t < cutoff);
            evictions += before - lastSeen.size();
            return before - lastSeen.size();
        }, owner);
    }

    public CompletableFuture<Long> evictionCount() {
        return CompletableFuture.supplyAsync(() -> evictions, owner);
    }
}
