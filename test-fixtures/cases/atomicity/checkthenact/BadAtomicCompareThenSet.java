package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicReference;

/** A one-shot start guard written as get()-then-set() on an AtomicReference: two threads can both see IDLE and both start. */
public class BadAtomicCompareThenSet {
    /** Life cycle of the job. */
    public enum State { IDLE, RUNNING }

    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);

    public boolean start() {
        if (state.get() == State.IDLE) {
            state.set(State.RUNNING); // expect: CheckThenAct['on atomic `state`: `get` and then `set` are each atomic']
            return true;
        }
        return false;
    }
}
