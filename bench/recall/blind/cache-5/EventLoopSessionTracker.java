// EXPECT: none
package probe5.cache;

// OK: the HashMap and the touch counter are confined to the single event-loop thread; other threads only submit tasks and wait on the returned futures

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Tracks last-activity timestamps of client sessions.
 * <p>
 * Instead of locking, all session state is owned by one event-loop thread; public
 * methods enqueue work onto that loop.
 */
public class EventLoopSessionTracker implements AutoCloseable {

    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "session-loop"));
    private final Map<String, Long> lastSeen = new HashMap<>(); // event-loop thread only
    private long touches; // event-loop thread only

    /** Records activity for a session; completes once the loop has applied it. */
    public CompletableFuture<Void> touch(String sessionId, long nowMillis) {
        return CompletableFuture.runAsync(() -> {
            lastSeen.put(sessionId, nowMillis);
            touches++;
        }, loop);
    }

    /** Expires idle sessions and returns how many remain active. */
    public int expireAndCount(long nowMillis, long ttlMillis) throws InterruptedException, ExecutionException {
        Future<Integer> result = loop.submit(() -> {
            lastSeen.values().removeIf(seen -> nowMillis - seen > ttlMillis);
            return lastSeen.size();
        });
        return result.get();
    }

    public long touches() throws InterruptedException, ExecutionException {
        return loop.submit(() -> touches).get();
    }

    @Override
    public void close() {
        loop.shutdown();
        try {
            if (!loop.awaitTermination(5, TimeUnit.SECONDS)) {
                loop.shutdownNow();
            }
        } catch (InterruptedException e) {
            loop.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        try (EventLoopSessionTracker tracker = new EventLoopSessionTracker()) {
            List<CompletableFuture<Void>> pending = new ArrayList<>();
            long now = System.currentTimeMillis();
            for (int i = 0; i < 1_000; i++) {
                pending.add(tracker.touch("session-" + (i % 50), now - (i % 2) * 120_000));
            }
            CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).join();
            System.out.println("active=" + tracker.expireAndCount(now, 60_000) + " touches=" + tracker.touches());
        }
    }
}
