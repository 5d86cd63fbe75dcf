// EXPECT: none
package probe2.dl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

// OK: listeners are copied to an array under the tracker lock and invoked only after the lock is released, so RosterView taking its own monitor and calling back into isOnline() cannot form a lock cycle; RosterView re-reads current state, so out-of-order callbacks converge
public class PresenceTracker {
    public interface PresenceListener {
        void presenceChanged(String user);
    }

    private final Object lock = new Object();
    private final Map<String, Long> lastSeenMillis = new HashMap<>();
    private final List<PresenceListener> listeners = new ArrayList<>();

    public void addListener(PresenceListener listener) {
        synchronized (lock) {
            listeners.add(listener);
        }
    }

    public void heartbeat(String user, long nowMillis) {
        PresenceListener[] toNotify = null;
        synchronized (lock) {
            if (lastSeenMillis.put(user, nowMillis) == null) {
                toNotify = listeners.toArray(new PresenceListener[0]);
            }
        }
        if (toNotify != null) {
            for (PresenceListener l : toNotify) {
                l.presenceChanged(user);
            }
        }
    }

    public void expire(long nowMillis, long timeoutMillis) {
        List<String> expired = new ArrayList<>();
        PresenceListener[] toNotify;
        synchronized (lock) {
            for (Iterator<Map.Entry<String, Long>> it = lastSeenMillis.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Long> e = it.next();
                if (nowMillis - e.getValue() > timeoutMillis) {
                    it.remove();
                    expired.add(e.getKey());
                }
            }
            toNotify = listeners.toArray(new PresenceListener[0]);
        }
        for (String user : expired) {
            for (PresenceListener l : toNotify) {
                l.presenceChanged(user);
            }
        }
    }

    public boolean isOnline(String user) {
        synchronized (lock) {
            return lastSeenMillis.containsKey(user);
        }
    }

    /** The production listener: keeps the sorted roster shown in the sidebar. */
    public static final class RosterView implements PresenceListener {
        private final PresenceTracker tracker;
        private final Set<String> online = new TreeSet<>();

        public RosterView(PresenceTracker tracker) {
            this.tracker = tracker;
        }

        @Override
        public synchronized void presenceChanged(String user) {
            if (tracker.isOnline(user)) {
                online.add(user);
            } else {
                online.remove(user);
            }
        }

        public synchronized List<String> render() {
            online.removeIf(u -> !tracker.isOnline(u));
            return new ArrayList<>(online);
        }
    }
}
