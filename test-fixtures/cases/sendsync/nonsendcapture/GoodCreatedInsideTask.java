package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Each task builds its own ArrayList and returns it through its Future; the spawner merges after get(). */
public class GoodCreatedInsideTask {
    private final ExecutorService pool;

    public GoodCreatedInsideTask(ExecutorService pool) {
        this.pool = pool;
    }

    public List<String> collect(List<String> shards) throws InterruptedException, ExecutionException {
        List<Future<List<String>>> pending = new ArrayList<>();
        for (String shard : shards) {
            pending.add(pool.submit(() -> {
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    rows.add(shard + "#" + i);
                }
                return rows;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : pending) {
            all.addAll(f.get());
        }
        return all;
    }
}
