package misuse.ignoredfuture;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike whose lambda, handed to the pool through the same private helper, parses the value
 * outside any try: a malformed value fails the task, and the dropped Future loses it.
 */
public class BadTaskHandedThroughPrivateSubmitParses {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Map<String, Integer> latest = new ConcurrentHashMap<>();

    public void addOperation(String key, String value) {
        submit(() -> latest.put(key, Integer.parseInt(value)));
    }

    private void submit(Runnable operation) {
        executor.submit(operation); // expect: IgnoredFuture['`Integer.parseInt` can throw']
    }
}
