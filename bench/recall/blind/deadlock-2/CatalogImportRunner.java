// EXPECT: none
package probe2.dl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// OK: every Future from submit() is kept and get() is called on each, with ExecutionException (the wrapped IOException) turned into a reported failure; the pool is shut down and awaited in finally
public class CatalogImportRunner {
    public record ImportResult(int imported, List<String> failures) {}

    private final int parallelism;

    public CatalogImportRunner(int parallelism) {
        this.parallelism = parallelism;
    }

    public ImportResult importAll(List<List<String>> batches) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        List<Future<Integer>> futures = new ArrayList<>();
        try {
            for (List<String> batch : batches) {
                futures.add(pool.submit(() -> importBatch(batch)));
            }
            int imported = 0;
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    imported += futures.get(i).get();
                } catch (ExecutionException e) {
                    failures.add("batch " + i + ": " + e.getCause());
                }
            }
            return new ImportResult(imported, failures);
        } finally {
            for (Future<Integer> f : futures) {
                f.cancel(true);
            }
            pool.shutdown();
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
    }

    private int importBatch(List<String> rows) throws IOException {
        int accepted = 0;
        for (String row : rows) {
            String[] cols = row.split(";");
            if (cols.length < 3) {
                throw new IOException("malformed catalog row: " + row);
            }
            if (!cols[0].isBlank()) {
                accepted++;
            }
        }
        return accepted;
    }

    public static void main(String[] args) throws InterruptedException {
        CatalogImportRunner runner = new CatalogImportRunner(3);
        ImportResult result = runner.importAll(List.of(
                List.of("sku1;Widget;9.99", "sku2;Gadget;19.99"),
                List.of("sku3;broken"),
                List.of("sku4;Doohickey;4.50")));
        System.out.println(result.imported() + " imported, failures=" + result.failures());
    }
}
