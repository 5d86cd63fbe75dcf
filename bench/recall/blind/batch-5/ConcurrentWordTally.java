// EXPECT: none
package probe5.batch;

// OK: per-word counts use ConcurrentHashMap.computeIfAbsent + LongAdder (atomic), the executor futures are all checked, and the snapshot is taken after every task completed
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
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts word frequencies across a corpus. Documents are tokenised in parallel
 * and every worker tallies directly into a shared concurrent map of adders.
 */
public class ConcurrentWordTally {

    private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    private void tally(String word) {
        counts.computeIfAbsent(word, w -> new LongAdder()).increment();
    }

    private Void mapDocument(String document) {
        for (String token : document.toLowerCase().split("\\W+")) {
            if (!token.isEmpty()) {
                tally(token);
            }
        }
        return null;
    }

    public Map<String, Long> reduce(List<String> documents, int parallelism)
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
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((word, adder) -> snapshot.put(word, adder.sum()));
        return snapshot;
    }

    public static void main(String[] args) throws Exception {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            docs.add("the quick brown fox jumps over the lazy dog number " + (i % 7));
        }
        Map<String, Long> result = new ConcurrentWordTally().reduce(docs, 6);
        System.out.println("the -> " + result.get("the"));
    }
}
