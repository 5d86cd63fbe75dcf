package races.unguardedwrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An indexer hands one task per document to a pool of four threads; every task merges into the same
 * plain HashMap. Nothing else touches the map, but the tasks run at once: two merges can corrupt it.
 */
public class BadPoolTasksFromLoopShareMap {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, Integer> counts = new HashMap<>();

    public void indexAll(List<String> docs) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (String d : docs) {
            running.add(pool.submit(() -> {
                counts.merge(d, 1, Integer::sum); // expect: UnguardedWrite['`counts.merge()` changes `counts` without a lock, by a task that runs on another thread; two threads can run it at once']
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }
}
