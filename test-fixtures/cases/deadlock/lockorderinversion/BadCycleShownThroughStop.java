package deadlock.lockorderinversion;

import java.util.ArrayList;
import java.util.List;

/**
 * Sessions failed under the registry's monitor both as it starts and as it stops, while a cleanup holds
 * a session and then takes the registry. The start path runs before anything else uses the registry;
 * the stop path can meet a cleanup in flight, so the cycle is shown through stop (cassandra's
 * LocalSessions.start, stop and cleanup).
 */
public final class BadCycleShownThroughStop {
    private final List<Session> sessions = new ArrayList<>();

    static final class Session {
        private int state;

        synchronized void fail() {
            state = -1;
        }

        synchronized boolean failed() {
            return state < 0;
        }
    }

    public synchronized void start() {
        sessions.add(new Session());
        failOngoing();
    }

    public synchronized void stop() {
        failOngoing(); // expect: LockOrderInversion['this path holds `BadCycleShownThroughStop.this` and takes `Session.this`']
    }

    private void failOngoing() {
        for (Session s : sessions) {
            s.fail();
        }
    }

    public void cleanup() {
        for (Session s : snapshot()) {
            synchronized (s) {
                if (s.failed()) {
                    remove(s); // expect: LockOrderInversion['other side of a lock-order inversion']
                }
            }
        }
    }

    private synchronized List<Session> snapshot() {
        return new ArrayList<>(sessions);
    }

    private synchronized void remove(Session s) {
        sessions.remove(s);
    }
}
