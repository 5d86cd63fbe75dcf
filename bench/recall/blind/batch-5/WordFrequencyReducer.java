// EXPECT: atomicity-violation @ line 27
package probe5.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Counts word frequencies across a corpus of documents. Documents are mapped
 * in parallel on an executor and every worker reduces its words directly into
 * a shared concurrent map.
 */
public class WordFrequencyReducer {

    private final ConcurrentMap<String, Integer> counts = new ConcurrentHashMap<>();

    private void tally(String word) {
        Integer previous = counts.get(word);
        counts.put(word, previous == null ? 1 : previous + 1); // BUG: get-then-put is not atomic; concurrent tallies of the same word lose increments
    }

    private Void mapDocument(String document) {
        for (String token : document.toLowerCase().split("\\W+")) {
            if (!token.isEmpty()) {
                tally(token);
            }
        }
        return null;
    }

    public Map<String, Integer> reduce(List<String> documents, int parallelism)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (String doc : documents) {
                tasks.add(() -> mapDocument(doc));
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new TreeMap<>(counts);
    }

    public static void main(String[] args) throws Exception {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            docs.add("the quick brown fox jumps over the lazy dog number " + (i % 7));
        }
        Map<String, Integer> result = new WordFrequencyReducer().reduce(docs, 6);
        System.out.println("the -> " + result.get("the"));
    }
}
