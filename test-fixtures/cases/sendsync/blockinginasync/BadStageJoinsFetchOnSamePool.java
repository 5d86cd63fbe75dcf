package sendsync.blockinginasync;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A reconciliation stage runs on a fixed pool of two threads and joins a fetch that a helper hands to
 * that same pool: with two reconciliations in their stage at once, both threads wait for fetches that
 * can never start (thread-starvation deadlock).
 */
public class BadStageJoinsFetchOnSamePool {
    private final ExecutorService io = Executors.newFixedThreadPool(2);

    CompletableFuture<Map<String, Integer>> fetchCounts(String site) {
        return CompletableFuture.supplyAsync(() -> counts(site), io);
    }

    CompletableFuture<Map<String, Integer>> fetchExpected(String site) {
        return CompletableFuture.supplyAsync(() -> counts(site + "-erp"), io);
    }

    public CompletableFuture<Integer> reconcile(String site) {
        return fetchCounts(site).thenApplyAsync(counts -> {
            Map<String, Integer> expected = fetchExpected(site).join(); // expect: BlockingInAsync['waits, in a task handed to the fixed pool `io`, for a task handed to that same pool']
            return counts.size() - expected.size();
        }, io);
    }

    private static Map<String, Integer> counts(String site) {
        Map<String, Integer> m = new HashMap<>();
        m.put(site, site.length());
        return m;
    }
}
