package misuse.ignoredfuture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;

/**
 * The task handed over is itself a FutureTask that the caller keeps: its failure is recorded in it, and
 * the Future submit returns only wraps it (cassandra PendingAntiCompaction, CqlInputFormat).
 */
public class GoodTaskIsFutureTask {
    private final List<FutureTask<String>> pending = new ArrayList<>();

    public void start(ExecutorService pool, Callable<String> work) {
        FutureTask<String> task = new FutureTask<>(work);
        pool.submit(task);
        pending.add(task);
    }

    public List<FutureTask<String>> pending() {
        return pending;
    }
}
