package publication.volatilemutablecontents;

/**
 * A ring buffer in the style of a java.util collection: its array is volatile, but its indexes are plain
 * fields changed in the same methods without a lock, so the class leaves thread safety to its callers (as
 * ArrayList does). No thread of the program is known to use it; the volatile alone is no sharing protocol.
 */
public class GoodVolatileArrayOfCallerLockedRing<E> {
    private volatile Object[] items = new Object[8];
    private int first;
    private int last;

    public void offer(E item) {
        if (last - first == items.length) {
            Object[] grown = new Object[items.length * 2];
            System.arraycopy(items, 0, grown, 0, items.length);
            items = grown;
        }
        items[last % items.length] = item;
        last++;
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        if (first == last) {
            return null;
        }
        E item = (E) items[first % items.length];
        items[first % items.length] = null;
        first++;
        return item;
    }

    public void set(int index, E item) {
        items[(first + index) % items.length] = item;
    }
}
