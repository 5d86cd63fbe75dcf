// EXPECT: alien-call-under-lock @ line 37
package recall2;

import java.util.ArrayList;
import java.util.List;

/**
 * Tracks the state of a client connection and notifies registered listeners of changes
 * (in the style of Curator's ConnectionStateManager).
 */
public class ConnectionStateTracker {

    public enum State { CONNECTING, CONNECTED, SUSPENDED, LOST }

    public interface StateListener {
        void stateChanged(ConnectionStateTracker source, State newState);
    }

    private final List<StateListener> listeners = new ArrayList<>();
    private State state = State.CONNECTING;

    public synchronized void addListener(StateListener l) {
        listeners.add(l);
    }

    public synchronized State getState() {
        return state;
    }

    /** Called by the client's event thread when the socket state changes. */
    public synchronized void setState(State next) {
        if (next == state) {
            return;
        }
        state = next;
        for (StateListener l : listeners) {
            l.stateChanged(this, next);
        }
    }

    /** A typical recipe listening for connection changes; it has its own lock. */
    static final class LeaderLatch implements StateListener {
        private final ConnectionStateTracker tracker;
        private boolean leader;

        LeaderLatch(ConnectionStateTracker tracker) {
            this.tracker = tracker;
        }

        @Override
        public synchronized void stateChanged(ConnectionStateTracker source, State newState) {
            if (newState != State.CONNECTED) {
                leader = false;
            }
        }

        public synchronized void electedLeader() {
            leader = true;
        }

        public synchronized boolean hasLeadership() {
            leader = leader && tracker.getState() == State.CONNECTED;
            return leader;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionStateTracker tracker = new ConnectionStateTracker();
        LeaderLatch latch = new LeaderLatch(tracker);
        tracker.addListener(latch);
        Thread events = new Thread(() -> {
            State[] cycle = {State.CONNECTED, State.SUSPENDED, State.CONNECTED, State.LOST};
            for (int i = 0; i < 1_000_000; i++) {
                tracker.setState(cycle[i % cycle.length]);
            }
        }, "event-thread");
        Thread app = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                latch.electedLeader();
                latch.hasLeadership();
            }
        }, "app");
        events.start();
        app.start();
        events.join();
        app.join();
    }
}
