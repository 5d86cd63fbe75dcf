// EXPECT: none
package probe14a; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Records committed offsets per topic partition for the ingest stage. Commit
 * callbacks run on the sink pool, so {@link #commit} is invoked by many threads
 * concurrently, possibly for the same partition and out of order.
 */
public class OffsetCommitLog {

    private final ConcurrentHashMap<String, Long> committed = new ConcurrentHashMap<>();

    public void commit(String partition, long offset) {
        committed.merge(partition, offset, Math::max); // OK: ConcurrentHashMap.merge is atomic per key, so the max is never lost
    }

    public long nextFetchOffset(String partition) {
        Long last = committed.get(partition);
        return last == null ? 0L : last + 1;
    }

    public Map<String, Long> snapshot() {
        return Map.copyOf(committed);
    }

    static final class SinkWriter {
        private final OffsetCommitLog log;
        private final ExecutorService pool;

        SinkWriter(OffsetCommitLog log, ExecutorService pool) {
            this.log = log;
            this.pool = pool;
        }

        CompletableFuture<Void> write(String partition, long firstOffset, int count) {
            return CompletableFuture
                    .supplyAsync(() -> encodeAndWrite(partition, firstOffset, count), pool)
                    .thenAcceptAsync(last -> log.commit(partition, last), pool);
        }

        private static long encodeAndWrite(String partition, long first, int count) {
            StringBuilder sb = new StringBuilder();
            for (long o = first; o < first + count; o++) {
                sb.setLength(0);
                sb.append(partition).append(':').append(o);
            }
            return first + count - 1;
        }
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        OffsetCommitLog log = new OffsetCommitLog();
        SinkWriter writer = new SinkWriter(log, pool);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            for (long first = 0; first < 10_000; first += 250) {
                pending.add(writer.write("clicks-" + p, first, 250));
            }
        }
        CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).join();
        pool.shutdown();
        System.out.println(log.snapshot());
    }
}
