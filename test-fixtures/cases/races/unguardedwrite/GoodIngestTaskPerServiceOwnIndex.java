package races.unguardedwrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Look-alike of {@code BadIngestTasksOfOneServiceShareIndex}: {@code main} makes a new service on each pass
 * of its loop and ingests once into each, so each task adds to the index of its own service.
 */
public class GoodIngestTaskPerServiceOwnIndex {

    static final class Index {
        private final Map<String, List<String>> byKeyword = new HashMap<>();

        void add(String keyword, String id) {
            byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(id);
        }
    }

    private static final ExecutorService INDEXERS = Executors.newFixedThreadPool(4);

    private final Index index = new Index();

    public void ingest(String id, String title) {
        INDEXERS.execute(() -> {
            for (String token : title.split(" ")) {
                index.add(token, id);
            }
        });
    }

    public static void main(String[] args) {
        for (int i = 0; i < 100; i++) {
            new GoodIngestTaskPerServiceOwnIndex().ingest("id-" + i, "steel chair " + i);
        }
    }
}
