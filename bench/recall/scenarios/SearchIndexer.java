// EXPECT: ignored-future @ line 30
package recall2;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Re-indexes documents in parallel on a fixed pool of indexing threads.
 */
public class SearchIndexer implements AutoCloseable {

    public record Document(String id, String body) {
    }

    private final ExecutorService indexers;
    private final Map<String, Integer> index = new ConcurrentHashMap<>();

    public SearchIndexer(int threads) {
        this.indexers = Executors.newFixedThreadPool(threads);
    }

    /** Submits every document for indexing; returns once all tasks are queued. */
    public void reindex(List<Document> docs) {
        for (Document d : docs) {
            indexers.submit(() -> {
                writeToIndex(d);
                return null;
            });
        }
    }

    private void writeToIndex(Document d) throws IOException {
        if (d.body().isEmpty()) {
            throw new IOException("empty document " + d.id());
        }
        index.put(d.id(), d.body().split("\\s+").length);
    }

    public int indexedCount() {
        return index.size();
    }

    @Override
    public void close() {
        indexers.shutdown();
        try {
            indexers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        try (SearchIndexer indexer = new SearchIndexer(4)) {
            indexer.reindex(List.of(new Document("1", "hello world"), new Document("2", ""),
                    new Document("3", "concurrency bugs")));
        }
    }
}
