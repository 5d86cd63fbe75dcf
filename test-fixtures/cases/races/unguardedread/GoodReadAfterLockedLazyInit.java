package races.unguardedread;

import java.util.List;

/**
 * A reader that loads its index on first use: {@code ensureIndex} creates it under the monitor when it
 * is still null, and nothing sets it again. Each getter calls {@code ensureIndex} before it reads the
 * field, so the read comes after the thread took the monitor, which either saw the index set (the
 * writer's release happens before) or set it itself: the read sees the one index the field ever holds
 * (hadoop TFile.Reader.checkTFileDataIndex).
 */
public class GoodReadAfterLockedLazyInit {
    private final List<String> keys;
    private Index index;

    public GoodReadAfterLockedLazyInit(List<String> keys) {
        this.keys = keys;
    }

    synchronized void ensureIndex() {
        if (index == null) {
            index = new Index(keys);
        }
    }

    public String firstKey() {
        ensureIndex();
        return index.first();
    }

    public int size() {
        ensureIndex();
        if (keys.isEmpty()) {
            return 0;
        }
        return index.size();
    }

    static final class Index {
        private final List<String> sorted;

        Index(List<String> keys) {
            this.sorted = List.copyOf(keys);
        }

        String first() {
            return sorted.get(0);
        }

        int size() {
            return sorted.size();
        }
    }
}
