package races.unguardedread;

/** A connection whose state changes under the monitor (check-and-set) but is volatile, so the lock-free read is safe. */
public class GoodVolatileStateRead {
    /** The connection's life cycle. */
    public enum State {
        NEW, OPEN, CLOSED;

        boolean canMoveTo(State next) {
            return next.ordinal() == ordinal() + 1;
        }
    }

    private volatile State state = State.NEW;

    public synchronized boolean moveTo(State next) {
        if (!state.canMoveTo(next)) {
            return false;
        }
        state = next;
        return true;
    }

    public State state() {
        return state;
    }
}
