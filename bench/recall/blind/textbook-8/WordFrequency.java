// EXPECT: parallel-stream-shared-mutation @ line 21
package probe8c; import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

// Word count over a corpus using a parallel stream (runs on the common ForkJoinPool).
public class WordFrequency {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}']+");

    public Map<String, Integer> count(List<String> lines) {
        Map<String, Integer> freq = new HashMap<>();
        lines.parallelStream()
                .flatMap(line -> SPLIT.splitAsStream(line.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isBlank())
                .forEach(word -> freq.merge(word, 1, Integer::sum)); // BUG: plain HashMap mutated from parallel-stream worker threads
        return freq;
    }

    public List<Map.Entry<String, Integer>> top(Map<String, Integer> freq, int n) {
        return freq.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .collect(Collectors.toList());
    }

    private static List<String> sampleCorpus(int copies) {
        String[] base = {
            "It was the best of times, it was the worst of times,",
            "it was the age of wisdom, it was the age of foolishness,",
            "it was the epoch of belief, it was the epoch of incredulity,",
            "it was the season of Light, it was the season of Darkness"
        };
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (String line : base) {
                lines.add(line);
            }
        }
        return lines;
    }

    public static void main(String[] args) {
        WordFrequency wf = new WordFrequency();
        Map<String, Integer> freq = wf.count(sampleCorpus(50_000));
        for (Map.Entry<String, Integer> e : wf.top(freq, 10)) {
            System.out.printf("%-14s %d%n", e.getKey(), e.getValue());
        }
    }
}
