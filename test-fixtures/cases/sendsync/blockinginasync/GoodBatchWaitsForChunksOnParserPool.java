package sendsync.blockinginasync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * BadBatchWaitsForChunksCollectedOnOwnExecutor with the chunks handed to a separate parser pool: the
 * batch task waits on the importer's thread for tasks that other threads run, so they finish.
 */
public class GoodBatchWaitsForChunksOnParserPool {
    private final ExecutorService importer = Executors.newSingleThreadExecutor();
    private final ExecutorService parsers = Executors.newFixedThreadPool(4);

    private int parse(List<String> lines) {
        return lines.size();
    }

    private int importBatch(List<String> lines) throws InterruptedException, ExecutionException {
        List<Future<Integer>> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            List<String> slice = lines.subList(i, Math.min(lines.size(), i + 2));
            parts.add(parsers.submit(() -> parse(slice)));
        }
        int total = 0;
        for (Future<Integer> f : parts) {
            total += f.get();
        }
        return total;
    }

    public Future<Integer> submitBatch(List<String> lines) {
        return importer.submit(() -> importBatch(lines));
    }
}
