package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A range keeps its bounds in two atomics and checks each new bound against the other before storing
 * it: two threads setting both bounds at once can leave lower above upper (Java Concurrency in
 * Practice, listing 4.10).
 */
public class BadRangeBoundsInTwoAtomics {

    private final AtomicInteger lower = new AtomicInteger(0);
    private final AtomicInteger upper = new AtomicInteger(0);

    public void setLower(int i) {
        if (i > upper.get()) {
            throw new IllegalArgumentException("can't set lower to " + i + " > upper");
        }
        lower.set(i); // expect: CheckThenAct['check-then-act across two atomics: `i` is checked against `upper.get()` and then stored by `lower.set()`']
    }

    public void setUpper(int i) {
        if (i < lower.get()) {
            throw new IllegalArgumentException("can't set upper to " + i + " < lower");
        }
        upper.set(i); // expect: CheckThenAct['another thread can change `lower` in between']
    }

    public boolean isInRange(int i) {
        return i >= lower.get() && i <= upper.get();
    }
}
