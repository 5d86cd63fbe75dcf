package atomicity.putifabsentignored;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** The Java Concurrency in Practice memoizer: the new FutureTask is started and returned only when putIfAbsent reports it won. */
public class GoodMemoizerFutureTask {
    private final ConcurrentMap<String, Future<String>> cache = new ConcurrentHashMap<>();
    private final Executor executor;

    public GoodMemoizerFutureTask(Executor executor) {
        this.executor = executor;
    }

    public Future<String> lookup(String key) {
        FutureTask<String> task = new FutureTask<>(() -> key.toUpperCase());
        Future<String> existing = cache.putIfAbsent(key, task);
        if (existing != null) {
            return existing;
        }
        executor.execute(task);
        return task;
    }
}
