// EXPECT: none
package probe6c;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CSV import pipeline: a single coordinator thread runs each batch and fans chunk parsing
 * out to a separate parser pool, then waits for the results.
 */
public class ImportPipeline {
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor();
    private final ExecutorService parsers = Executors.newFixedThreadPool(3);

    private int parseChunk(List<String> lines) {
        int rows = 0;
        for (String line : lines) {
            if (line.contains(",")) {
                rows++;
            }
        }
        return rows;
    }

    private int runBatch(List<String> lines) throws InterruptedException, ExecutionException {
        List<Future<Integer>> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            List<String> slice = lines.subList(i, Math.min(lines.size(), i + 2));
            parts.add(parsers.submit(() -> parseChunk(slice)));
        }
        int total = 0;
        for (Future<Integer> f : parts) {
            total += f.get(); // OK: waits on tasks queued on the separate 'parsers' pool, not on the coordinator it runs on
        }
        return total;
    }

    public Future<Integer> submitBatch(List<String> lines) {
        return coordinator.submit(() -> runBatch(lines));
    }

    public void shutdown() {
        coordinator.shutdown();
        parsers.shutdown();
    }

    public static void main(String[] args) throws Exception {
        ImportPipeline pipeline = new ImportPipeline();
        List<String> csv = List.of("sku,qty", "A1,3", "B2,7", "C3,1", "D4,9", "E5,2");
        Future<Integer> rows = pipeline.submitBatch(csv);
        System.out.println("imported rows: " + rows.get());
        pipeline.shutdown();
    }
}
