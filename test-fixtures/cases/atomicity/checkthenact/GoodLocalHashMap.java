package atomicity.checkthenact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A get-then-put word count on a HashMap local to the method: the map is owned by the calling thread. */
public class GoodLocalHashMap {
    public Map<String, Integer> countWords(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            Integer current = counts.get(word);
            if (current == null) {
                counts.put(word, 1);
            } else {
                counts.put(word, current + 1);
            }
        }
        return counts;
    }
}
