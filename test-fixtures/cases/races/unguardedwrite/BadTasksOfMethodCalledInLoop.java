package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * ingest() hands one task to a pool, and the importer calls it in a loop on the one service: the loop
 * hands over many tasks at once, and they all merge into the same plain map.
 */
public class BadTasksOfMethodCalledInLoop {
    private final Map<String, Integer> counts = new HashMap<>();
    private final ExecutorService pool;

    public BadTasksOfMethodCalledInLoop(ExecutorService pool) {
        this.pool = pool;
    }

    public void ingest(String keyword) {
        pool.execute(() -> counts.merge(keyword, 1, Integer::sum)); // expect: UnguardedWrite['`counts.merge()` changes `counts` without a lock, by a task that runs on another thread; two threads can run it at once']
    }

    public static void importAll(BadTasksOfMethodCalledInLoop service, Iterable<String> keywords) {
        for (String k : keywords) {
            service.ingest(k);
        }
    }
}
