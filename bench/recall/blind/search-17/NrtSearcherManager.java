// EXPECT: unsafe-publication @ line 37
package probe17a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Near-real-time searcher manager: a scheduled refresh task opens a new point-in-time
 * view of the segments every few milliseconds, and search threads pick up whichever
 * view is current when their query starts.
 */
public class NrtSearcherManager {

    static final class SearcherSnapshot {
        long generation;
        List<String> segments;
        int maxDoc;

        SearcherSnapshot(long generation, List<String> segments, int maxDoc) {
            this.generation = generation;
            this.segments = segments;
            this.maxDoc = maxDoc;
        }

        int search(String query) {
            int hits = 0;
            for (String seg : segments) {
                hits += Math.floorMod((seg + query).hashCode(), 3);
            }
            return Math.min(hits, maxDoc);
        }
    }

    private final List<String> flushedSegments = new ArrayList<>();
    private SearcherSnapshot current; // BUG: non-volatile field publishes a SearcherSnapshot with non-final fields to search threads without happens-before
    private long refreshGeneration;

    public NrtSearcherManager() {
        flushedSegments.add("_0");
        current = new SearcherSnapshot(0, List.of("_0"), 100);
    }

    /** Runs only on the refresh scheduler thread. */
    void maybeRefresh() {
        flushedSegments.add("_" + flushedSegments.size());
        refreshGeneration++;
        current = new SearcherSnapshot(refreshGeneration, List.copyOf(flushedSegments), flushedSegments.size() * 100);
    }

    public int search(String query) {
        SearcherSnapshot snapshot = current;
        return snapshot.search(query);
    }

    public static void main(String[] args) throws InterruptedException {
        NrtSearcherManager manager = new NrtSearcherManager();
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleWithFixedDelay(manager::maybeRefresh, 5, 5, TimeUnit.MILLISECONDS);

        ExecutorService searchers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            final int id = t;
            searchers.submit(() -> {
                long total = 0;
                for (int i = 0; i < 20_000; i++) {
                    total += manager.search("q" + id + ":" + i);
                }
                System.out.println("searcher " + id + " hits=" + total);
            });
        }
        searchers.shutdown();
        searchers.awaitTermination(1, TimeUnit.MINUTES);
        refresher.shutdownNow();
    }
}
