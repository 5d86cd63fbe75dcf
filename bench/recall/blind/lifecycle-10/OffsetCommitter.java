// EXPECT: ignored-future @ line 35
package probe10a; import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Commits consumer offsets asynchronously so the poll loop is never blocked by
 * the offset store. commit() is called from the poll thread; the store write
 * runs on the commit thread. committedOffset() is read by the rebalance
 * listener to decide where a partition resumes after reassignment.
 */
public class OffsetCommitter implements AutoCloseable {

    public interface OffsetStore {
        void commit(String partition, long offset) throws IOException;
    }

    private final OffsetStore store;
    private final ConcurrentMap<String, Long> committed = new ConcurrentHashMap<>();
    private final ExecutorService commitExecutor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "offset-commit");
        t.setDaemon(true);
        return t;
    });

    public OffsetCommitter(OffsetStore store) {
        this.store = store;
    }

    public void commit(String partition, long offset) {
        commitExecutor.submit(() -> { store.commit(partition, offset); return null; }); // BUG: Future dropped; an IOException from the commit thread is silently lost while the offset below is already recorded as committed
        committed.merge(partition, offset, Math::max);
    }

    public long committedOffset(String partition) {
        return committed.getOrDefault(partition, -1L);
    }

    public Map<String, Long> snapshot() {
        return Map.copyOf(committed);
    }

    public void onPartitionsRevoked(Iterable<String> partitions) {
        for (String p : partitions) {
            committed.remove(p);
        }
    }

    @Override
    public void close() throws InterruptedException {
        commitExecutor.shutdown();
        if (!commitExecutor.awaitTermination(30, TimeUnit.SECONDS)) {
            System.err.println("offset commits still pending at shutdown");
            commitExecutor.shutdownNow();
        }
    }
}
