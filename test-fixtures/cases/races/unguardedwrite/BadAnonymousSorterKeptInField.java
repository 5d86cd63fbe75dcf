package races.unguardedwrite;

/**
 * The same sorter, but kept in a field and run by a public method without the lock: any client thread
 * may swap while another adds under the lock.
 */
public class BadAnonymousSorterKeptInField {
    private long[] docs = new long[8];
    private int size;

    private final KeptTemplateSorter sorter = new KeptTemplateSorter() {
        @Override
        protected void swap(int i, int j) {
            BadAnonymousSorterKeptInField.this.swap(i, j);
        }

        @Override
        protected int compare(int i, int j) {
            return Long.compare(docs[i], docs[j]);
        }
    };

    public synchronized void add(long doc) {
        if (size == docs.length) {
            docs = java.util.Arrays.copyOf(docs, size * 2);
        }
        docs[size++] = doc;
    }

    public void sortNow() {
        sorter.sort(0, size); // expect: UnguardedRead['`size` is read without `this`']
    }

    void swap(int i, int j) {
        long t = docs[i];
        docs[i] = docs[j]; // expect: UnguardedWrite['an element of `docs` changes `docs` without `this`']
        docs[j] = t;
    }
}

/** A program sorter: its template method calls the subclass's {@code compare} and {@code swap}. */
abstract class KeptTemplateSorter {
    protected abstract void swap(int i, int j);

    protected abstract int compare(int i, int j);

    public final void sort(int from, int to) {
        for (int i = from; i < to; i++) {
            for (int j = i + 1; j < to; j++) {
                if (compare(i, j) > 0) {
                    swap(i, j);
                }
            }
        }
    }
}
