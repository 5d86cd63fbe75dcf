// EXPECT: none
package probe17a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a bulk indexing job by splitting the input into slices; each worker fills
 * its own per-thread document buffer and hands back an immutable segment summary.
 */
public class IndexingSession {

    /** Segment produced by one worker; immutable once built. */
    public record SegmentSummary(String name, int docCount, long ramBytes) { }

    /** Buffer that belongs to exactly one indexing task. */
    static final class PerThreadBuffer {
        private final String segmentName;
        private final List<String> ids = new ArrayList<>();
        private long bufferedBytes;

        PerThreadBuffer(String segmentName) {
            this.segmentName = segmentName;
        }

        void add(String id, String body) {
            long size = 64L + 2L * (id.length() + body.length());
            ids.add(id);
            bufferedBytes += size; // OK: each PerThreadBuffer is created and used by a single worker task (thread-confined)
        }

        SegmentSummary seal() {
            return new SegmentSummary(segmentName, ids.size(), bufferedBytes);
        }
    }

    private final ExecutorService workers;

    public IndexingSession(int threads) {
        this.workers = Executors.newFixedThreadPool(threads);
    }

    public List<SegmentSummary> index(List<String> bodies, int slices)
            throws InterruptedException, ExecutionException {
        List<Future<SegmentSummary>> futures = new ArrayList<>();
        int sliceSize = (bodies.size() + slices - 1) / slices;
        for (int s = 0; s < slices; s++) {
            final int from = s * sliceSize;
            final int to = Math.min(bodies.size(), from + sliceSize);
            final String name = "_" + s;
            Callable<SegmentSummary> task = () -> {
                PerThreadBuffer buffer = new PerThreadBuffer(name);
                for (int i = from; i < to; i++) {
                    buffer.add("doc-" + i, bodies.get(i));
                }
                return buffer.seal();
            };
            futures.add(workers.submit(task));
        }
        List<SegmentSummary> result = new ArrayList<>();
        for (Future<SegmentSummary> f : futures) {
            result.add(f.get());
        }
        return result;
    }

    public void close() {
        workers.shutdown();
    }

    public static void main(String[] args) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            bodies.add("body text for document number " + i);
        }
        IndexingSession session = new IndexingSession(4);
        try {
            for (SegmentSummary seg : session.index(bodies, 8)) {
                System.out.println(seg);
            }
        } finally {
            session.close();
        }
    }
}
