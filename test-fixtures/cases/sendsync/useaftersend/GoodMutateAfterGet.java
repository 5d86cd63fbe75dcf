package sendsync.useaftersend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The caller waits for the task with get() before appending the trailer: the task is done with the rows. */
public class GoodMutateAfterGet {
    private final ExecutorService pool;

    public GoodMutateAfterGet(ExecutorService pool) {
        this.pool = pool;
    }

    public List<String> export(List<String> source) throws InterruptedException, ExecutionException {
        List<String> rows = new ArrayList<>(source);
        Future<Integer> written = pool.submit(() -> rows.size());
        int n = written.get();
        rows.add("-- " + n + " rows --");
        return rows;
    }
}
