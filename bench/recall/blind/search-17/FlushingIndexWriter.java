// EXPECT: blocking-under-lock @ line 37
package probe17a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Index writer that hands RAM-buffer flushes to a dedicated flush thread so that the
 * segment files are written off the indexing path. Indexing threads call addDocument();
 * the application calls commit() from its own thread.
 */
public class FlushingIndexWriter {

    private final Object writeLock = new Object();
    private final ExecutorService flushThread = Executors.newSingleThreadExecutor();
    private final List<String> ramBuffer = new ArrayList<>();
    private final List<String> segmentInfos = new ArrayList<>();
    private int nextSegment;

    public void addDocument(String docId) {
        synchronized (writeLock) {
            ramBuffer.add(docId);
        }
    }

    public String commit() throws InterruptedException, ExecutionException {
        synchronized (writeLock) {
            if (ramBuffer.isEmpty()) {
                return null;
            }
            List<String> docs = new ArrayList<>(ramBuffer);
            ramBuffer.clear();
            String name = "_" + nextSegment++;
            Future<String> flushed = flushThread.submit(() -> writeSegment(name, docs));
            return flushed.get(); // BUG: blocks on the flush thread while holding writeLock, but writeSegment() needs writeLock -> commit never returns
        }
    }

    private String writeSegment(String name, List<String> docs) {
        StringBuilder postings = new StringBuilder();
        for (String doc : docs) {
            postings.append(doc).append('\n');
        }
        synchronized (writeLock) {
            segmentInfos.add(name + ":" + docs.size() + ":" + postings.length());
        }
        return name;
    }

    public List<String> segments() {
        synchronized (writeLock) {
            return new ArrayList<>(segmentInfos);
        }
    }

    public void close() {
        flushThread.shutdown();
    }

    public static void main(String[] args) throws Exception {
        FlushingIndexWriter writer = new FlushingIndexWriter();
        Thread[] indexers = new Thread[3];
        for (int t = 0; t < indexers.length; t++) {
            final int id = t;
            indexers[t] = new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    writer.addDocument("doc-" + id + "-" + i);
                }
            });
            indexers[t].start();
        }
        for (Thread t : indexers) {
            t.join();
        }
        System.out.println("committed " + writer.commit());
        System.out.println(writer.segments());
        writer.close();
    }
}
