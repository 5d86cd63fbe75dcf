package publication.thisescape;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The look-alike of the keep-alive set: the detector's reporter walks the set of live trackers and reads
 * each one's hash, which the tracker assigns only after adding itself; a reporter running meanwhile
 * sees the tracker half built.
 */
public class BadTrackerSetIteratedByReporter {
    private final Set<Tracker> live = ConcurrentHashMap.newKeySet();

    public Tracker track(Object referent) {
        return new Tracker(referent, live);
    }

    public void reportAll() {
        for (Tracker t : live) {
            System.err.println("still open: " + t.hash());
        }
    }

    /** Tracks one referent until it is closed. */
    public static final class Tracker {
        private final Set<Tracker> live;
        private final int hash;
        private boolean closed;

        Tracker(Object referent, Set<Tracker> live) {
            live.add(this); // expect: ThisEscape['`this` is added to the shared collection `live`']
            this.live = live;
            this.hash = System.identityHashCode(referent);
        }

        public synchronized boolean close() {
            if (closed) {
                return false;
            }
            closed = true;
            return live.remove(this);
        }

        public int hash() {
            return hash;
        }
    }
}
