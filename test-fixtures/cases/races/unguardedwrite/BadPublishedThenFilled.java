package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-alikes of {@link GoodLocalFilledThenPublished} that do race: a batch stored where other
 * threads reach it before it is filled, one captured by a started thread before the creating thread
 * fills it, and the same {@code add} also run on a batch the object keeps for every client.
 */
public class BadPublishedThenFilled {

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

    private final List<Updates> published = new ArrayList<>();

    public void publishFirst(long doc) {
        Updates updates = new Updates();
        synchronized (published) {
            published.add(updates);
        }
        updates.add(doc);
    }

    public boolean ready() {
        synchronized (published) {
            for (Updates u : published) {
                if (u.any()) {
                    return true;
                }
            }
        }
        return false;
    }
}
