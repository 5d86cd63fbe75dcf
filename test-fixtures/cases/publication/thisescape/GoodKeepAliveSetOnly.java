package publication.thisescape;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A leak tracker adds itself to a keep-alive set that is only ever {@code add}ed to and
 * {@code remove}d from, never iterated or read back: no thread can reach the object through it
 * (netty ResourceLeakDetector.DefaultResourceLeak, publication review #19).
 */
public class GoodKeepAliveSetOnly {
    private final Set<Leak> allLeaks = ConcurrentHashMap.newKeySet();

    public Leak track(Object referent) {
        return new Leak(referent, allLeaks);
    }

    /** Tracks one referent until it is closed. */
    public static final class Leak {
        private final Set<Leak> allLeaks;
        private final int hash;
        private boolean closed;

        Leak(Object referent, Set<Leak> allLeaks) {
            allLeaks.add(this);
            this.allLeaks = allLeaks;
            this.hash = System.identityHashCode(referent);
        }

        public synchronized boolean close() {
            if (closed) {
                return false;
            }
            closed = true;
            return allLeaks.remove(this);
        }

        public int hash() {
            return hash;
        }
    }
}
