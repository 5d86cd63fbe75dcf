package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Increments and state changes done with incrementAndGet, updateAndGet and compareAndSet: no window between read and write. */
public class GoodAtomicCas {
    /** Life cycle of the job. */
    public enum State { IDLE, RUNNING }

    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);

    public long next() {
        return sequence.incrementAndGet();
    }

    public void observe(long value) {
        peak.updateAndGet(current -> Math.max(current, value));
    }

    public boolean start() {
        return state.compareAndSet(State.IDLE, State.RUNNING);
    }
}
