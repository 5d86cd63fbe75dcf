// EXPECT: group-of-atomic-calls @ line 35
package probe11b; import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Builds a word frequency index over a corpus. Documents are tokenized in parallel on an
 * indexing pool, so indexDocument() runs on several worker threads at once.
 */
public class WordFrequencyIndex {

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
    private final ExecutorService indexers =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());

    public void submit(String document) {
        indexers.execute(() -> indexDocument(document));
    }

    void indexDocument(String document) {
        for (String raw : TOKEN_SPLIT.split(document)) {
            if (raw.isEmpty()) {
                continue;
            }
            String word = raw.toLowerCase();
            Integer current = counts.get(word);
            counts.put(word, current == null ? 1 : current + 1); // BUG: get and put are each atomic but the pair is not; concurrent indexers lose increments
        }
    }

    public int frequency(String word) {
        return counts.getOrDefault(word.toLowerCase(), 0);
    }

    public List<String> mostFrequent(int n) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            top.add(entries.get(i).getKey());
        }
        return top;
    }

    public void awaitIndexing() throws InterruptedException {
        indexers.shutdown();
        indexers.awaitTermination(1, TimeUnit.MINUTES);
    }

    public static void main(String[] args) throws InterruptedException {
        WordFrequencyIndex index = new WordFrequencyIndex();
        for (int i = 0; i < 1000; i++) {
            index.submit("the quick brown fox jumps over the lazy dog");
        }
        index.awaitIndexing();
        System.out.println("the=" + index.frequency("the") + " top=" + index.mostFrequent(3));
    }
}
