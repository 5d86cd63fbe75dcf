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

/**
 * Word counts reduced by tasks the method collects in a list and hands to invokeAll: each task runs on a
 * pool thread, and two of them counting one word lose an increment between the get and the put.
 */
public class BadGetThenPutInCollectedTasks {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    private Void count(String document) {
        for (String word : document.split(" ")) {
            Integer n = counts.get(word);
            counts.put(word, n == null ? 1 : n + 1); // expect: CheckThenAct['`get` and then `put` are each atomic, but not together']
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
