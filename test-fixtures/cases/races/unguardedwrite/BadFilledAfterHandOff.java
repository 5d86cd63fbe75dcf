package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch built in a local, but handed over through the synchronized list inside the loop that still
 * fills it: from the second document on, {@code add} writes to an object other threads can already read.
 */
public class BadFilledAfterHandOff {

    /** A batch of documents; {@code add} is for the thread building it. */
    public static final class Batch {
        private final int[] docs = new int[64];
        private int size;

        void add(int doc) {
            docs[size++] = doc; // expect: UnguardedWrite['`size` is updated without `this`, which guards 2 other accesses to it']
        }

        public synchronized int size() {
            return size;
        }

        public synchronized void clear() {
            size = 0;
        }
    }

    private final List<Batch> published = new ArrayList<>();

    public void apply(int[] docs) {
        Batch batch = new Batch();
        for (int doc : docs) {
            batch.add(doc);
            synchronized (published) {
                if (!published.contains(batch)) {
                    published.add(batch);
                }
            }
        }
    }
}
