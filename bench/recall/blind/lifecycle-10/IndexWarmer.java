// EXPECT: none
package probe10a; import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Preloads index segments before the node reports ready. warmUp() is called
 * once by the bootstrap thread; progress() is polled concurrently by the
 * readiness endpoint while loading is in flight.
 */
public class IndexWarmer {

    public interface SegmentStore {
        List<String> segmentIds();

        long load(String segmentId);
    }

    public record WarmupReport(int segments, long bytes) {
    }

    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> new Thread(r, "index-warmer"));
    private final AtomicBoolean started = new AtomicBoolean();
    private final SegmentStore store;
    private int totalSegments;
    private int loadedSegments;
    private long loadedBytes;

    public IndexWarmer(SegmentStore store) {
        this.store = store;
    }

    public WarmupReport warmUp() throws InterruptedException, ExecutionException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("warm-up already ran");
        }
        try {
            Future<?> done = loader.submit(this::loadAll);
            done.get();
        } finally {
            loader.shutdown();
        }
        return new WarmupReport(loadedSegments, loadedBytes); // OK: Future.get() returned, so every write made by loadAll happens-before this read and no other thread writes these fields afterwards
    }

    private void loadAll() {
        List<String> ids = store.segmentIds();
        synchronized (this) {
            totalSegments = ids.size();
        }
        for (String id : ids) {
            long bytes = store.load(id);
            synchronized (this) {
                loadedSegments++;
                loadedBytes += bytes;
            }
        }
    }

    public synchronized double progress() {
        if (totalSegments == 0) {
            return 0.0;
        }
        return (double) loadedSegments / totalSegments;
    }
}
