package misuse.ignoredfuture;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * Each search task catches any failure (it logs it and skips that index) and counts down in its finally:
 * the clean-up after a handled failure loses nothing (cassandra TermIterator, StreamReceiveTask).
 */
public class GoodTaskHandlesFailuresThenCleansUp {

    private final Queue<String> results = new ConcurrentLinkedQueue<>();

    public void searchAll(ExecutorService pool, Iterable<String> indexes, CountDownLatch done) {
        for (String index : indexes) {
            pool.submit(() -> {
                try {
                    results.add(search(index));
                } catch (Throwable t) {
                    System.err.println("search failed on " + index + ", skipping: " + t);
                } finally {
                    done.countDown();
                }
            });
        }
    }

    private static String search(String index) {
        if (index.isEmpty()) {
            throw new IllegalArgumentException("no index");
        }
        return "hit in " + index;
    }
}
