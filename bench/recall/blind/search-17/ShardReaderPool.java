// EXPECT: none
package probe17a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one open reader per shard and reference-counts it across in-flight searches.
 * acquire()/release() are called concurrently by the search thread pool.
 */
public class ShardReaderPool {

    static final class ShardReader {
        final int shardId;
        int refCount;
        boolean closed;

        ShardReader(int shardId) {
            this.shardId = shardId;
        }

        int search(String query) {
            return Math.floorMod((query + shardId).hashCode(), 100);
        }
    }

    private final Map<Integer, ShardReader> readers = new HashMap<>();
    private int opened;

    public synchronized ShardReader acquire(int shardId) {
        if (!readers.containsKey(shardId)) { // OK: check and put happen atomically while holding the pool monitor
            readers.put(shardId, new ShardReader(shardId));
            opened++;
        }
        ShardReader reader = readers.get(shardId);
        reader.refCount++;
        return reader;
    }

    public synchronized void release(ShardReader reader) {
        reader.refCount--;
        if (reader.refCount == 0 && reader.closed) {
            readers.remove(reader.shardId);
        }
    }

    public synchronized void markForClose(int shardId) {
        ShardReader reader = readers.get(shardId);
        if (reader == null) {
            return;
        }
        reader.closed = true;
        if (reader.refCount == 0) {
            readers.remove(shardId);
        }
    }

    public synchronized int openedReaders() {
        return opened;
    }

    public static void main(String[] args) throws InterruptedException {
        ShardReaderPool pool = new ShardReaderPool();
        ExecutorService searchPool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            final int worker = t;
            searchPool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    ShardReader reader = pool.acquire(i % 4);
                    try {
                        reader.search("q" + worker + i);
                    } finally {
                        pool.release(reader);
                    }
                }
            });
        }
        searchPool.shutdown();
        searchPool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("readers opened: " + pool.openedReaders());
    }
}
