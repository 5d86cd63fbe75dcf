package misuse.monitoronconcurrencyobject;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The state's monitor guards the future that goes with it, as its comment says; the state itself is
 * changed with its own atomic operations, and no block relies on the monitor for them: the monitor is a
 * plain lock here (sshd AbstractSession.kexState), reported only as a note.
 */
public class BadAtomicMonitorGuardsOtherStateNote {
    enum State { IDLE, RUNNING }

    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);
    // Access is synchronized on state.
    private Object pending;

    public boolean begin() {
        return state.compareAndSet(State.IDLE, State.RUNNING);
    }

    public void end() {
        state.set(State.IDLE);
    }

    public Object pending() {
        synchronized (state) { // expect: MonitorOnConcurrencyObject['the block makes no compound of calls on the atomic']
            if (pending == null) {
                pending = new Object();
            }
            return pending;
        }
    }
}
