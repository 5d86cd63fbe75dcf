package races.unguardedwrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A service hands each ingestion to a pool as a task that adds to its index, a plain map in a final field;
 * {@code main} calls {@code ingest} in a loop on one service, so the tasks run at once on one index.
 */
public class BadIngestTasksOfOneServiceShareIndex {

    static final class Index {
        private final Map<String, List<String>> byKeyword = new HashMap<>();

        void add(String keyword, String id) {
            byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(id); // expect: UnguardedWrite['`byKeyword.computeIfAbsent()` changes `byKeyword` without a lock, by tasks that run on other threads, all on one object']
        }
    }

    private final Index index = new Index();
    private final ExecutorService indexers = Executors.newFixedThreadPool(4);

    public void ingest(String id, String title) {
        indexers.execute(() -> {
            for (String token : title.split(" ")) {
                index.add(token, id);
            }
        });
    }

    public static void main(String[] args) {
        BadIngestTasksOfOneServiceShareIndex service = new BadIngestTasksOfOneServiceShareIndex();
        for (int i = 0; i < 100; i++) {
            service.ingest("id-" + i, "steel chair " + i);
        }
    }
}
