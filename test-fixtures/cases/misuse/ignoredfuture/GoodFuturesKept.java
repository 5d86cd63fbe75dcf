package misuse.ignoredfuture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Batch checksummer that keeps every submitted Future and get()s it, so task failures surface as ExecutionException. */
public class GoodFuturesKept {
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    public long checksumAll(List<String> files) throws InterruptedException, ExecutionException {
        List<Future<Integer>> results = new ArrayList<>();
        for (String file : files) {
            results.add(executor.submit(() -> file.hashCode()));
        }
        long sum = 0;
        for (Future<Integer> result : results) {
            sum += result.get();
        }
        return sum;
    }
}
