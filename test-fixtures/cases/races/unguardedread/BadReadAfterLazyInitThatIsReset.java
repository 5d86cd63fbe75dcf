package races.unguardedread;

import java.util.List;

/**
 * The same reader, but {@code close} sets the index back to null under the monitor: between
 * {@code ensureIndex} and the read another thread can reset it, so the read is not ordered after the
 * last write; and {@code lastKey} reads without calling {@code ensureIndex} at all.
 */
public class BadReadAfterLazyInitThatIsReset {
    private final List<String> keys;
    private GoodReadAfterLockedLazyInit.Index index;

    public BadReadAfterLazyInitThatIsReset(List<String> keys) {
        this.keys = keys;
    }

    synchronized void ensureIndex() {
        if (index == null) {
            index = new GoodReadAfterLockedLazyInit.Index(keys);
        }
    }

    public synchronized void close() {
        index = null;
    }

    public String firstKey() {
        ensureIndex();
        return index.first(); // expect: UnguardedRead['it races with the write of `index` in `BadReadAfterLazyInitThatIsReset.close` (under `this`)']
    }
}
