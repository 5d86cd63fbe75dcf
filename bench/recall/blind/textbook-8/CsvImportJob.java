// EXPECT: lost-update-on-plain-field @ line 31
package probe8c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Imports a CSV export in chunks on a worker pool and reports how many rows were accepted.
public class CsvImportJob {

    private final List<List<String>> chunks;
    private int rowsImported;

    public CsvImportJob(List<String> rows, int chunkSize) {
        List<List<String>> split = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += chunkSize) {
            split.add(List.copyOf(rows.subList(i, Math.min(rows.size(), i + chunkSize))));
        }
        this.chunks = List.copyOf(split);
    }

    public int run(int workers) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(chunks.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (List<String> chunk : chunks) {
                pool.execute(() -> {
                    try {
                        for (String row : chunk) {
                            if (importRow(row)) {
                                rowsImported++; // BUG: unsynchronized read-modify-write on a shared field from several pool threads loses increments
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        } finally {
            pool.shutdown();
        }
        return rowsImported;
    }

    private boolean importRow(String row) {
        String[] cols = row.split(",");
        if (cols.length != 3 || cols[0].isBlank()) {
            return false;
        }
        try {
            Integer.parseInt(cols[2].trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            rows.add(i % 97 == 0 ? "broken-row" : "id" + i + ",widget," + (i % 50));
        }
        CsvImportJob job = new CsvImportJob(rows, 1_000);
        System.out.println("imported rows: " + job.run(8));
    }
}
