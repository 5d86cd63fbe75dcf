package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;

/** Increments an AtomicLong with get() then set(): two threads read the same value and one increment is lost. */
public class BadAtomicGetThenSet {
    private final AtomicLong sequence = new AtomicLong();

    public long next() {
        sequence.set(sequence.get() + 1); // expect: CheckThenAct
        return sequence.get();
    }
}
