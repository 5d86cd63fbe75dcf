package sendsync.blockinginasync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A batch task on a single-thread executor that splits its lines into chunks, hands each chunk to the
 * same executor, collects the futures in a list and waits for each: the one thread is busy waiting, so
 * no chunk ever starts (thread-starvation deadlock).
 */
public class BadBatchWaitsForChunksCollectedOnOwnExecutor {
    private final ExecutorService importer = Executors.newSingleThreadExecutor();

    private int parse(List<String> lines) {
        return lines.size();
    }

    private int importBatch(List<String> lines) throws InterruptedException, ExecutionException {
        List<Future<Integer>> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            List<String> slice = lines.subList(i, Math.min(lines.size(), i + 2));
            parts.add(importer.submit(() -> parse(slice)));
        }
        int total = 0;
        for (Future<Integer> f : parts) {
            total += f.get(); // expect: BlockingInAsync['`f.get()` waits, on the single-thread executor `importer`'], BlockingInAsync['for a task handed to that same executor']
        }
        return total;
    }

    public Future<Integer> submitBatch(List<String> lines) {
        return importer.submit(() -> importBatch(lines));
    }
}
