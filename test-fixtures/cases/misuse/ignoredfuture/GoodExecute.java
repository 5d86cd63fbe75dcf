package misuse.ignoredfuture;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Search indexer that uses execute(): there is no Future, and an exception reaches the worker's uncaught-exception handler. */
public class GoodExecute {
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Integer> index = new ConcurrentHashMap<>();

    public void indexLater(String docId, String text) {
        executor.execute(() -> index(docId, text));
    }

    private void index(String docId, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty document " + docId);
        }
        index.put(docId, text.length());
    }
}
