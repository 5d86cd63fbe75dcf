package races.unguardedwrite;

/**
 * A synchronized method sorts with an anonymous subclass of a program sorter that it makes and uses on
 * the spot: the subclass's {@code swap} runs only inside that call, on the caller's thread and under its
 * lock. Another sorter subclass run on a thread of its own does not make this one's {@code swap} run
 * there, though the template method {@code sort} dispatches to every override (lucene
 * DocValuesFieldUpdates.finish with its IntroSorter).
 */
public class GoodAnonymousSorterConfinedToLockedCaller {
    private long[] docs = new long[8];
    private int size;

    public synchronized void add(long doc) {
        if (size == docs.length) {
            docs = java.util.Arrays.copyOf(docs, size * 2);
        }
        docs[size++] = doc;
    }

    public synchronized void finish() {
        new TemplateSorter() {
            @Override
            protected void swap(int i, int j) {
                GoodAnonymousSorterConfinedToLockedCaller.this.swap(i, j);
            }

            @Override
            protected int compare(int i, int j) {
                return Long.compare(docs[i], docs[j]);
            }
        }.sort(0, size);
    }

    void swap(int i, int j) {
        long t = docs[i];
        docs[i] = docs[j];
        docs[j] = t;
    }
}

/** A program sorter: its template method calls the subclass's {@code compare} and {@code swap}. */
abstract class TemplateSorter {
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

/** Another sorter, run on a thread of its own. */
class ThreadedValuesSorter extends TemplateSorter {
    private final int[] values = new int[4];

    @Override
    protected void swap(int i, int j) {
        int t = values[i];
        values[i] = values[j];
        values[j] = t;
    }

    @Override
    protected int compare(int i, int j) {
        return Integer.compare(values[i], values[j]);
    }

    public void start() {
        new Thread(() -> sort(0, 4)).start();
    }
}
