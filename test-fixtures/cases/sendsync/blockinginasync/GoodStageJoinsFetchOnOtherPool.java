package sendsync.blockinginasync;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A reconciliation stage runs on a fixed pool of two threads and joins a fetch, as in the bad case, but
 * the helper hands the fetch to a pool of its own: the stages' waits never hold the threads their
 * fetches need.
 */
public class GoodStageJoinsFetchOnOtherPool {
    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ExecutorService erp = Executors.newFixedThreadPool(2);

    CompletableFuture<Map<String, Integer>> fetchCounts(String site) {
        return CompletableFuture.supplyAsync(() -> counts(site), io);
    }

    CompletableFuture<Map<String, Integer>> fetchExpected(String site) {
        return CompletableFuture.supplyAsync(() -> counts(site + "-erp"), erp);
    }

    public CompletableFuture<Integer> reconcile(String site) {
        return fetchCounts(site).thenApplyAsync(counts -> {
            Map<String, Integer> expected = fetchExpected(site).join();
            return counts.size() - expected.size();
        }, io);
    }

    private static Map<String, Integer> counts(String site) {
        Map<String, Integer> m = new HashMap<>();
        m.put(site, site.length());
        return m;
    }
}
