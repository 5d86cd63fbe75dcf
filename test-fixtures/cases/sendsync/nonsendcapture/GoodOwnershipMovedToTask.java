package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The batch is filled, then captured by one task, and the spawner never touches it again: ownership moved to the task. */
public class GoodOwnershipMovedToTask {
    private final ExecutorService pool;

    public GoodOwnershipMovedToTask(ExecutorService pool) {
        this.pool = pool;
    }

    public Future<Integer> flush(List<String> lines) {
        List<String> batch = new ArrayList<>(lines);
        batch.add("EOF");
        return pool.submit(() -> {
            batch.removeIf(String::isBlank);
            return batch.size();
        });
    }
}
