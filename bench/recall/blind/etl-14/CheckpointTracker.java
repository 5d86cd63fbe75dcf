// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 23
package probe14a; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tracks the highest processed offset per source partition so that a restarted
 * pipeline can resume from the last checkpoint. Several loader tasks may finish
 * batches of the same partition concurrently (batches are retried and split),
 * so {@link #markProcessed} is called from many pool threads at once.
 */
public class CheckpointTracker {

    private final Map<String, Long> highWatermarks = new ConcurrentHashMap<>();

    public void markProcessed(String partition, long offset) {
        Long current = highWatermarks.get(partition);
        if (current == null || offset > current) {
            highWatermarks.put(partition, offset); // BUG: check-then-act on ConcurrentHashMap; a concurrent higher offset can be overwritten by a lower one
        }
    }

    public long resumeOffset(String partition) {
        return highWatermarks.getOrDefault(partition, -1L) + 1;
    }

    public Map<String, Long> snapshot() {
        return Map.copyOf(highWatermarks);
    }

    static final class BatchLoader {
        private final CheckpointTracker tracker;
        private final ExecutorService pool;

        BatchLoader(CheckpointTracker tracker, ExecutorService pool) {
            this.tracker = tracker;
            this.pool = pool;
        }

        CompletableFuture<Void> load(String partition, long startOffset, int size) {
            return CompletableFuture
                    .supplyAsync(() -> transform(partition, startOffset, size), pool)
                    .thenAcceptAsync(lastOffset -> tracker.markProcessed(partition, lastOffset), pool);
        }

        private static long transform(String partition, long start, int size) {
            long acc = 0;
            for (long o = start; o < start + size; o++) {
                acc += (o * 31) ^ partition.hashCode();
            }
            if (acc == Long.MIN_VALUE) {
                throw new IllegalStateException("corrupt batch in " + partition);
            }
            return start + size - 1;
        }
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CheckpointTracker tracker = new CheckpointTracker();
        BatchLoader loader = new BatchLoader(tracker, pool);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            for (long start = 0; start < 10_000; start += 100) {
                pending.add(loader.load("orders-" + p, start, 100));
            }
        }
        CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).join();
        pool.shutdown();
        System.out.println(tracker.snapshot());
    }
}
