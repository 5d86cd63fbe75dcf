package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A loader parses rows on a pool task and counts the rows it skips in a plain field; the count is read
 * after the task's future was waited for, so every increment happens before the read.
 */
public class GoodTaskCountReadAfterFutureGet {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private int skipped;

    public int load(List<String> rows) throws InterruptedException, ExecutionException {
        Future<Integer> parsed = pool.submit(() -> {
            int kept = 0;
            for (String row : rows) {
                if (row.isBlank()) {
                    skipped++;
                } else {
                    kept++;
                }
            }
            return kept;
        });
        int kept = parsed.get();
        return kept + skipped;
    }
}
