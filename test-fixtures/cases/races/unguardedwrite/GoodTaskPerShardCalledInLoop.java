package races.unguardedwrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same loop, over shards: each run of it calls another shard, whose one task merges into that
 * shard's own map, so no two tasks share a map, although they run on one pool at once.
 */
public class GoodTaskPerShardCalledInLoop {

    public static final class Shard {
        private final Map<String, Integer> counts = new HashMap<>();

        void ingest(ExecutorService pool, String keyword) {
            pool.execute(() -> counts.merge(keyword, 1, Integer::sum));
        }
    }

    public static void importAll(List<Shard> shards, String keyword) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Shard shard : shards) {
            shard.ingest(pool, keyword);
        }
        pool.shutdown();
    }
}
