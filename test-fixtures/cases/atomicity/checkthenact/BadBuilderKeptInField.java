package atomicity.checkthenact;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The builder of {@link GoodBuilderLocalToConstructor}, but kept in a field that every client thread
 * reaches and filled by them: two threads adding the same term can each put a new set, losing one.
 */
public class BadBuilderKeptInField {

    static final class Builder {
        private final Map<String, Set<String>> trie = new ConcurrentHashMap<>();

        public void add(String term, String index) {
            Set<String> indexes = trie.get(term);
            if (indexes == null) {
                trie.put(term, indexes = new HashSet<>()); // expect: CheckThenAct['check-then-act on concurrent map `trie`']
            }
            indexes.add(index);
        }
    }

    private final Builder builder = new Builder();

    public void add(String term) {
        builder.add(term, term);
    }
}
