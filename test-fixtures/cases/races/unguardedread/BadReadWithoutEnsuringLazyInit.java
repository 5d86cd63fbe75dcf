package races.unguardedread;

import java.util.List;

/**
 * The index is created once under the monitor, but {@code size} reads it without calling
 * {@code ensureIndex} first: it can run while another thread creates the index and see it half-built.
 */
public class BadReadWithoutEnsuringLazyInit {
    private final List<String> keys;
    private GoodReadAfterLockedLazyInit.Index index;

    public BadReadWithoutEnsuringLazyInit(List<String> keys) {
        this.keys = keys;
    }

    synchronized void ensureIndex() {
        if (index == null) {
            index = new GoodReadAfterLockedLazyInit.Index(keys);
        }
    }

    public String firstKey() {
        ensureIndex();
        return index.first();
    }

    public int size() {
        GoodReadAfterLockedLazyInit.Index current = index; // expect: UnguardedRead['`index` is read without `this`, which guards every write to `index`']
        return current == null ? 0 : current.size();
    }
}
