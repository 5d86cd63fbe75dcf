// EXPECT: ignored-future @ line 32
package recall3;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Batch importer submits one task per batch and drops the returned Future. A batch that
 * fails with an exception (the "four" row) is silently lost: nobody ever calls get().
 */
public class FireAndForgetMain {
    private static final Map<String, Integer> IMPORTED = new ConcurrentHashMap<>();

    static void importBatch(List<String> batch) {
        for (String row : batch) {
            String[] cols = row.split(",");
            IMPORTED.put(cols[0], Integer.parseInt(cols[1].trim()));
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<List<String>> batches = List.of(
                List.of("a,1", "b,2"),
                List.of("c,3", "d,four"),
                List.of("e,5", "f,6"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (List<String> batch : batches) {
            pool.submit(() -> importBatch(batch));
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        System.out.println("imported " + IMPORTED.size() + " rows: " + IMPORTED.keySet());
    }
}
