// EXPECT: none
package probe.dl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Imports customer CSV partitions in parallel and reports per-partition failures. */
// OK: every Future from submit() is kept and get() is called on it (outside any lock), so task exceptions are surfaced
public class BulkImportService {

    private final ExecutorService importers = Executors.newFixedThreadPool(4);

    public List<String> importAll(List<String> partitions) throws InterruptedException {
        List<Future<Integer>> results = new ArrayList<>();
        for (String partition : partitions) {
            results.add(importers.submit(() -> importPartition(partition)));
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            try {
                int rows = results.get(i).get();
                System.out.println(partitions.get(i) + ": " + rows + " rows");
            } catch (ExecutionException e) {
                failures.add(partitions.get(i) + ": " + e.getCause().getMessage());
            }
        }
        return failures;
    }

    private static int importPartition(String partition) {
        if (partition.contains("corrupt")) {
            throw new IllegalArgumentException("bad header in " + partition);
        }
        return partition.length() * 100;
    }

    public void shutdown() {
        importers.shutdown();
    }

    public static void main(String[] args) throws InterruptedException {
        BulkImportService service = new BulkImportService();
        try {
            List<String> failures = service.importAll(
                    List.of("customers-00.csv", "customers-01-corrupt.csv", "customers-02.csv"));
            System.out.println("failed partitions: " + failures);
        } finally {
            service.shutdown();
        }
    }
}
