package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The same loader reading the count before it waits for the task: the task may still be counting. */
public class BadTaskCountReadBeforeFutureGet {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private int skipped;

    public int load(List<String> rows) throws InterruptedException, ExecutionException {
        Future<Integer> parsed = pool.submit(() -> {
            int kept = 0;
            for (String row : rows) {
                if (row.isBlank()) {
                    skipped++; // expect: UnguardedWrite['`skipped` is updated without a lock']
                } else {
                    kept++;
                }
            }
            return kept;
        });
        int seen = skipped;
        return parsed.get() + seen;
    }
}
