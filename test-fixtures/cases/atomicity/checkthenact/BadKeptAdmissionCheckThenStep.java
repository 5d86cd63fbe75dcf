package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * An upload throttle whose admission rule is a closure it keeps in a final field and calls for every
 * upload: the closure tests the count of running uploads and then steps it, two atomic calls, so two
 * uploads can both pass the test and run over the cap.
 */
public class BadKeptAdmissionCheckThenStep {
    private final int cap;
    private final AtomicInteger running = new AtomicInteger();
    private final BooleanSupplier admit;

    public BadKeptAdmissionCheckThenStep(int cap) {
        this.cap = cap;
        this.admit = () -> {
            if (running.get() >= this.cap) {
                return false;
            }
            running.incrementAndGet(); // expect: CheckThenAct['check-then-act on atomic `running`: the bound tested on `get()`']
            return true;
        };
    }

    public <T> T upload(Supplier<T> work) {
        if (!admit.getAsBoolean()) {
            throw new IllegalStateException("too many uploads");
        }
        try {
            return work.get();
        } finally {
            running.decrementAndGet();
        }
    }

    public int running() {
        return running.get();
    }
}
