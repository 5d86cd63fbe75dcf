package misuse.ignoredfuture;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Write-behind tasks handed to the pool through a private helper ({@code submit(op)} into
 * {@code executor.submit(op)}): the task is the lambda every call of the helper hands it, and that lambda
 * catches and logs whatever the write throws, so the dropped Future hides nothing (ehcache's
 * NonBatchingLocalHeapWriteBehindQueue).
 */
public class GoodTaskHandedThroughPrivateSubmitHandlesFailures {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Map<String, String> latest = new ConcurrentHashMap<>();

    public void addOperation(String key, String value) {
        latest.put(key, value);
        submit(() -> {
            try {
                write(key, Integer.parseInt(value));
            } catch (Exception e) {
                System.err.println("write behind failed for " + key + ": " + e);
            } finally {
                latest.remove(key, value);
            }
        });
    }

    private void write(String key, int value) {
        System.out.println(key + "=" + value);
    }

    private void submit(Runnable operation) {
        executor.submit(operation);
    }
}
