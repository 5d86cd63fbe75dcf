package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A capture handler marked closed with a check that only skips a redundant set (netty's
 * PcapWriteHandler.markClosed): whatever another thread sets in between, the state ends CLOSED, as the
 * set alone would leave it.
 */
public class GoodAtomicSetToClosedUnlessClosed {
    /** The handler's states. */
    public enum State { WRITING, PAUSED, CLOSED }

    private final AtomicReference<State> state = new AtomicReference<>(State.WRITING);

    public void pause() {
        state.compareAndSet(State.WRITING, State.PAUSED);
    }

    public void markClosed() {
        if (state.get() != State.CLOSED) {
            state.set(State.CLOSED);
        }
    }
}
