package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of updates (a package-private class: its public {@code add} has no callers outside the
 * program) is created in a local,
 * filled through its unsynchronized {@code add} by the creating thread, then finished under its lock
 * and published: {@code add} only ever runs on an object no other thread can reach yet (lucene
 * FrozenBufferedUpdates.applyDocValuesUpdates, final races review).
 */
public class GoodLocalFilledThenPublished {

    static final class Updates {
        private boolean hasValue;
        private boolean finished;

        public void add(long doc) {
            hasValue = doc >= 0;
        }

        synchronized void finish() {
            finished = true;
        }

        synchronized boolean any() {
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
