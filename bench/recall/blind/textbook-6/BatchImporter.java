// EXPECT: starvation-deadlock @ line 37
package probe6c;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CSV batch importer. Each batch is imported by a task on the importer executor; the
 * batch task splits the file into chunks and parses each chunk as a separate task.
 */
public class BatchImporter {
    private final ExecutorService importer = Executors.newSingleThreadExecutor();

    private int parseChunk(List<String> lines) {
        int rows = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                rows += line.split(",").length > 1 ? 1 : 0;
            }
        }
        return rows;
    }

    private int importBatch(List<String> lines) throws InterruptedException, ExecutionException {
        List<Future<Integer>> parts = new ArrayList<>();
        int chunk = 2;
        for (int i = 0; i < lines.size(); i += chunk) {
            List<String> slice = lines.subList(i, Math.min(lines.size(), i + chunk));
            parts.add(importer.submit(() -> parseChunk(slice)));
        }
        int total = 0;
        for (Future<Integer> f : parts) {
            total += f.get(); // BUG: thread-starvation deadlock: waits for a task queued on the same single-thread executor it is running on
        }
        return total;
    }

    public Future<Integer> submitBatch(List<String> lines) {
        return importer.submit(() -> importBatch(lines));
    }

    public void shutdown() {
        importer.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        BatchImporter bi = new BatchImporter();
        List<String> csv = List.of("id,name", "1,alice", "2,bob", "3,carol", "4,dave");
        Future<Integer> result = bi.submitBatch(csv);
        System.out.println("imported rows: " + result.get());
        bi.shutdown();
    }
}
