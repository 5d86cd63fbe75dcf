// EXPECT: check-then-act @ line 54
package probe17a; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Routes incoming documents to the writer of the owning shard, opening writers lazily.
 * index() is called concurrently by the HTTP request handler threads.
 */
public class ShardWriterRegistry {

    static final class ShardWriter {
        private final int shardId;
        private final List<String> pending = new ArrayList<>();

        ShardWriter(int shardId) {
            this.shardId = shardId;
        }

        synchronized void add(String docId) {
            pending.add(docId);
        }

        synchronized int flush() {
            int n = pending.size();
            pending.clear();
            return n;
        }

        int shardId() {
            return shardId;
        }
    }

    private final int numShards;
    private final Map<Integer, ShardWriter> writers = new ConcurrentHashMap<>();

    public ShardWriterRegistry(int numShards) {
        this.numShards = numShards;
    }

    int route(String docId) {
        return Math.floorMod(docId.hashCode(), numShards);
    }

    ShardWriter writerFor(int shardId) {
        ShardWriter writer = writers.get(shardId);
        if (writer == null) {
            writer = new ShardWriter(shardId);
            writers.put(shardId, writer); // BUG: check-then-act; a concurrent caller's writer is overwritten and its buffered docs are lost
        }
        return writer;
    }

    public void index(String docId) {
        writerFor(route(docId)).add(docId);
    }

    public int flushAll() {
        int total = 0;
        for (ShardWriter w : writers.values()) {
            total += w.flush();
        }
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        ShardWriterRegistry registry = new ShardWriterRegistry(16);
        ExecutorService requestHandlers = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            final int handler = t;
            requestHandlers.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    registry.index("req-" + handler + "-" + i);
                }
            });
        }
        requestHandlers.shutdown();
        requestHandlers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("flushed " + registry.flushAll() + " of 8000 docs");
    }
}
