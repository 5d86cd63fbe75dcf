// EXPECT: unguarded-shared-field @ line 30
package probe17a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks RAM consumed by buffered documents and flushes a new segment once the
 * configured budget is exceeded. addDocument() is invoked concurrently by the
 * bulk-indexing worker pool.
 */
public class IndexingBufferAccounting {

    private final long ramBudgetBytes;
    private final List<String> bufferedIds = new ArrayList<>();
    private final List<Integer> flushedSegmentSizes = new ArrayList<>();
    private long bufferedBytes;
    private int segmentCounter;

    public IndexingBufferAccounting(long ramBudgetBytes) {
        this.ramBudgetBytes = ramBudgetBytes;
    }

    public void addDocument(String id, String body) {
        long size = estimateRamBytes(id, body);
        synchronized (this) {
            bufferedIds.add(id);
        }
        bufferedBytes += size; // BUG: read-modify-write of bufferedBytes without the monitor that guards it in flushIfNeeded()/ramBytesUsed()
        flushIfNeeded();
    }

    private synchronized void flushIfNeeded() {
        if (bufferedBytes < ramBudgetBytes || bufferedIds.isEmpty()) {
            return;
        }
        flushedSegmentSizes.add(bufferedIds.size());
        segmentCounter++;
        bufferedIds.clear();
        bufferedBytes = 0;
    }

    public synchronized long ramBytesUsed() {
        return bufferedBytes;
    }

    public synchronized int segmentCount() {
        return segmentCounter;
    }

    public synchronized List<Integer> flushedSegmentSizes() {
        return new ArrayList<>(flushedSegmentSizes);
    }

    private static long estimateRamBytes(String id, String body) {
        // object headers + UTF-16 chars, roughly what the postings buffer will need
        return 64L + 2L * (id.length() + body.length());
    }

    public static void main(String[] args) throws InterruptedException {
        IndexingBufferAccounting accounting = new IndexingBufferAccounting(256 * 1024);
        ExecutorService bulkWorkers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            final int worker = w;
            bulkWorkers.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    accounting.addDocument("doc-" + worker + "-" + i, "title body text for document " + i);
                }
            });
        }
        bulkWorkers.shutdown();
        bulkWorkers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("segments=" + accounting.segmentCount()
                + " pendingBytes=" + accounting.ramBytesUsed());
    }
}
