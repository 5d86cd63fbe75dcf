// EXPECT: none
package probe7c; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Counts word frequencies in a corpus with a parallel stream, accumulating
 * into plain HashMaps through the three-argument collect().
 */
public class WordFrequency {

    private static final String[] VOCABULARY = {
        "lock", "thread", "monitor", "volatile", "barrier", "latch", "future", "stream", "fork", "join"
    };

    static List<String> corpus(int words, long seed) {
        Random rnd = new Random(seed);
        List<String> text = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            text.add(VOCABULARY[rnd.nextInt(VOCABULARY.length)]);
        }
        return text;
    }

    public static Map<String, Long> countParallel(List<String> words) {
        return words.parallelStream().collect(
                HashMap::new,
                (map, w) -> map.merge(w, 1L, Long::sum), // OK: collect() gives each subtask its own fresh HashMap from the supplier, so the accumulator never shares a map between threads; the combiner merges two maps only after both subtasks finished
                (left, right) -> right.forEach((k, v) -> left.merge(k, v, Long::sum)));
    }

    static Map<String, Long> countSequential(List<String> words) {
        Map<String, Long> counts = new HashMap<>();
        for (String w : words) {
            counts.merge(w, 1L, Long::sum);
        }
        return counts;
    }

    public static void main(String[] args) {
        List<String> words = corpus(2_000_000, 7L);
        Map<String, Long> parallel = countParallel(words);
        Map<String, Long> sequential = countSequential(words);
        if (!parallel.equals(sequential)) {
            throw new AssertionError("parallel " + parallel + " != sequential " + sequential);
        }
        long total = 0;
        for (Map.Entry<String, Long> e : parallel.entrySet()) {
            System.out.printf("%-10s %8d%n", e.getKey(), e.getValue());
            total += e.getValue();
        }
        System.out.println("total words: " + total);
    }
}
