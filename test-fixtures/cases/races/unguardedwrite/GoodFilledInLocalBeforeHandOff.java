package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch is built in a local by one thread through its package-private {@code add}, then handed over
 * through a synchronized list: {@code add} only ever runs on an object no other thread can reach yet
 * (lucene DocValuesFieldUpdates.add, cassandra CommitLogSegment.writeLogHeader).
 */
public class GoodFilledInLocalBeforeHandOff {

    /** A batch of documents; {@code add} is for the thread building it. */
    public static final class Batch {
        private final int[] docs = new int[64];
        private int size;

        void add(int doc) {
            docs[size++] = doc;
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
        }
        synchronized (published) {
            published.add(batch);
        }
    }

    public Batch single(int doc) {
        Batch batch = new Batch();
        batch.add(doc);
        return batch;
    }
}
