package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Updates are built in a local by one thread, through the unsynchronized {@code add}, then
 * {@code finish}ed under the lock and handed over: {@code add} never runs on a shared object
 * (lucene DocValuesFieldUpdates.add, races review #19).
 */
public class GoodFilledBeforeHandOff {

    /** A batch of numeric updates; {@code add} is for the thread building it. */
    public static final class Updates {
        private final long[] docs = new long[64];
        private int size;
        private boolean hasValue;
        private boolean finished;

        public void add(long doc) {
            docs[size++] = doc;
            hasValue = true;
        }

        public synchronized void finish() {
            finished = true;
        }

        public synchronized boolean any() {
            return finished && hasValue;
        }
    }

    private final List<Updates> published = new ArrayList<>();

    public void apply(long[] docs) {
        Updates updates = new Updates();
        for (long doc : docs) {
            updates.add(doc);
        }
        updates.finish();
        synchronized (published) {
            published.add(updates);
        }
    }
}
