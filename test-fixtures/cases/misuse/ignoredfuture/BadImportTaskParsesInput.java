package misuse.ignoredfuture;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Batches of "sku,count" rows imported by pool tasks whose Futures are dropped: a malformed count fails the task unseen. */
public class BadImportTaskParsesInput {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, Integer> stock = new ConcurrentHashMap<>();

    public void importAll(List<List<String>> batches) {
        for (List<String> batch : batches) {
            pool.submit(() -> importBatch(batch)); // expect: IgnoredFuture['(`Integer.parseInt` can throw at BadImportTaskParsesInput.java:23)']
        }
    }

    private void importBatch(List<String> rows) {
        for (String row : rows) {
            String[] cols = row.split(",");
            stock.merge(cols[0], Integer.parseInt(cols[1].trim()), Integer::sum); // related: IgnoredFuture['`Integer.parseInt` can throw here, and nothing sees it']
        }
    }
}
