package races.unguardedwrite;

/**
 * {@code add} runs on a fresh local batch in {@code local}, and also on the batch the object keeps for
 * every client in {@code shared}: the shared call still races.
 */
public class BadAddAlsoOnSharedBatch {

    static final class Updates {
        private boolean hasValue;
        private boolean finished;

        public void add(long doc) {
            hasValue = doc >= 0; // expect: UnguardedWrite['`hasValue` is written without `this`']
        }

        synchronized void finish() {
            finished = true;
        }

        synchronized boolean any() {
            return finished && hasValue;
        }
    }

    private final Updates updates = new Updates();

    public boolean local(long doc) {
        Updates mine = new Updates();
        mine.add(doc);
        mine.finish();
        return mine.any();
    }

    public void shared(long doc) {
        updates.add(doc);
    }

    public boolean ready() {
        return updates.any();
    }
}
