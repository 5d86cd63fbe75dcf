package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The same close, but the branch also releases the handler's buffer: two threads can both find it open,
 * both set CLOSED and both release the buffer.
 */
public class BadAtomicSetToClosedThenReleased {
    /** The handler's states. */
    public enum State { WRITING, PAUSED, CLOSED }

    private final AtomicReference<State> state = new AtomicReference<>(State.WRITING);
    private int releases;

    public void pause() {
        state.compareAndSet(State.WRITING, State.PAUSED);
    }

    public void markClosed() {
        if (state.get() != State.CLOSED) {
            state.set(State.CLOSED); // expect: CheckThenAct['on atomic `state`: `get` and then `set` are each atomic']
            release();
        }
    }

    private synchronized void release() {
        releases++;
    }

    public synchronized int releases() {
        return releases;
    }
}
