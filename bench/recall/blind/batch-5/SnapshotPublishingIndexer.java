// EXPECT: none
package probe5.batch;

// OK: a single writer thread builds each index generation privately and publishes it as an immutable record through a volatile field; readers only ever read that volatile reference
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Periodically rebuilds a product search index from batch feeds and publishes
 * each generation so that query threads always see a complete, consistent index.
 */
public class SnapshotPublishingIndexer {

    /** Immutable index generation. */
    public record IndexSnapshot(long generation, Map<String, Integer> skuToShelf) {
        public IndexSnapshot {
            skuToShelf = Map.copyOf(skuToShelf);
        }
    }

    private volatile IndexSnapshot published = new IndexSnapshot(0, Map.of());

    /** Called only from the single indexer thread. */
    private void rebuild(long generation) {
        Map<String, Integer> scratch = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            scratch.put("sku-" + i, (int) ((i * generation) % 97));
        }
        published = new IndexSnapshot(generation, scratch);
    }

    public Integer lookup(String sku) {
        return published.skuToShelf().get(sku);
    }

    public long generation() {
        return published.generation();
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        SnapshotPublishingIndexer indexer = new SnapshotPublishingIndexer();
        Thread writer = new Thread(() -> {
            for (long g = 1; g <= 200; g++) {
                indexer.rebuild(g);
            }
        }, "indexer");
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try {
            writer.start();
            List<Callable<Long>> queries = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                queries.add(() -> {
                    long maxSeen = 0;
                    for (int i = 0; i < 10_000; i++) {
                        IndexSnapshot snap = indexer.published;
                        if (snap.skuToShelf().get("sku-" + (i % 1_000)) != null) {
                            maxSeen = Math.max(maxSeen, snap.generation());
                        }
                    }
                    return maxSeen;
                });
            }
            for (Future<Long> f : readers.invokeAll(queries)) {
                System.out.println("reader saw generation " + f.get());
            }
            writer.join();
        } finally {
            readers.shutdown();
        }
        System.out.println("final generation " + indexer.generation() + ", sku-5 -> " + indexer.lookup("sku-5"));
    }
}
