package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The look-alike: the collected tasks count with merge, one atomic step per word. */
public class GoodMergeInCollectedTasks {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    private Void count(String document) {
        for (String word : document.split(" ")) {
            counts.merge(word, 1, Integer::sum);
        }
        return null;
    }

    public Map<String, Integer> countAll(List<String> documents) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (String d : documents) {
                tasks.add(() -> count(d));
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return Map.copyOf(counts);
    }
}
