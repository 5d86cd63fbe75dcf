// EXPECT: none
package probe17a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Holds the reader view used by the query path. A scheduled refresh task swaps in a
 * new view after each flush; query threads read the current view without locking.
 */
public class ReaderSnapshotHolder {

    static final class ReaderView {
        long version;
        List<String> segments;
        long deletedDocs;

        ReaderView(long version, List<String> segments, long deletedDocs) {
            this.version = version;
            this.segments = segments;
            this.deletedDocs = deletedDocs;
        }

        long count(String term) {
            long n = 0;
            for (String seg : segments) {
                n += Math.floorMod((term + seg).hashCode(), 7);
            }
            return Math.max(0, n - deletedDocs);
        }
    }

    private final List<String> segmentFiles = new ArrayList<>();
    private volatile ReaderView view; // OK: volatile write of a fully constructed view happens-before every later read by query threads
    private long version;

    public ReaderSnapshotHolder() {
        segmentFiles.add("_0");
        view = new ReaderView(0, List.of("_0"), 0);
    }

    /** Only invoked from the single refresh scheduler thread. */
    void refresh() {
        segmentFiles.add("_" + segmentFiles.size());
        version++;
        view = new ReaderView(version, List.copyOf(segmentFiles), version % 5);
    }

    public long count(String term) {
        ReaderView v = view;
        return v.count(term);
    }

    public static void main(String[] args) throws InterruptedException {
        ReaderSnapshotHolder holder = new ReaderSnapshotHolder();
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleAtFixedRate(holder::refresh, 10, 10, TimeUnit.MILLISECONDS);

        ExecutorService queryThreads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            final int id = t;
            queryThreads.submit(() -> {
                long total = 0;
                for (int i = 0; i < 20_000; i++) {
                    total += holder.count("term" + (i % 97) + id);
                }
                System.out.println("query thread " + id + " total=" + total);
            });
        }
        queryThreads.shutdown();
        queryThreads.awaitTermination(1, TimeUnit.MINUTES);
        refresher.shutdownNow();
    }
}
