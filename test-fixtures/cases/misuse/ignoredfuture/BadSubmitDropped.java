package misuse.ignoredfuture;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Search indexer that submits each document and drops the Future: when indexing throws, the exception is stored in the Future and nobody ever sees it. */
public class BadSubmitDropped {
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Integer> index = new ConcurrentHashMap<>();

    public void indexLater(String docId, String text) {
        executor.submit(() -> index(docId, text)); // expect: IgnoredFuture['the Future returned by `submit` is dropped']
    }

    private void index(String docId, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty document " + docId);
        }
        index.put(docId, text.length());
    }
}
