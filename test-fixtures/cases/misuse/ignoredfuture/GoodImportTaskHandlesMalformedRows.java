package misuse.ignoredfuture;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * BadImportTaskParsesInput with the parse in a try that handles a malformed row: nothing the task runs
 * is seen to fail, so the dropped Future hides nothing (the other work is map updates and a split).
 */
public class GoodImportTaskHandlesMalformedRows {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, Integer> stock = new ConcurrentHashMap<>();

    public void importAll(List<List<String>> batches) {
        for (List<String> batch : batches) {
            pool.submit(() -> importBatch(batch));
        }
    }

    private void importBatch(List<String> rows) {
        for (String row : rows) {
            String[] cols = row.split(",");
            try {
                stock.merge(cols[0], Integer.parseInt(cols[1].trim()), Integer::sum);
            } catch (NumberFormatException e) {
                System.err.println("skipping malformed row " + row);
            }
        }
    }
}
