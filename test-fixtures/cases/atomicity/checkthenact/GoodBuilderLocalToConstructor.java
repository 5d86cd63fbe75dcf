package atomicity.checkthenact;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A view is built by a builder held in a local of its constructor: the builder's map is filled by
 * get-then-put on the constructing thread only, and just the built map is published (cassandra
 * PrefixTermTree.Builder in View's constructor, final races review).
 */
public class GoodBuilderLocalToConstructor {

    static final class Builder {
        private final Map<String, Set<String>> trie = new ConcurrentHashMap<>();

        public void add(String term, String index) {
            Set<String> indexes = trie.get(term);
            if (indexes == null) {
                trie.put(term, indexes = new HashSet<>());
            }
            indexes.add(index);
        }

        public Map<String, Set<String>> build() {
            return Map.copyOf(trie);
        }
    }

    static final class View {
        final Map<String, Set<String>> terms;

        View(List<String> all) {
            Builder builder = new Builder();
            for (String t : all) {
                builder.add(t, t);
            }
            this.terms = builder.build();
        }
    }

    private volatile View current;

    public void refresh(List<String> all) {
        current = new View(all);
    }

    public Set<String> lookup(String term) {
        return current.terms.get(term);
    }
}
