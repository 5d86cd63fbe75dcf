package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The same throttle, but it calls the kept admission closure only while it holds its own monitor: the
 * closure runs inside that call, under the lock, so one admission at a time tests and steps the count
 * (the release, a single atomic step, needs no lock).
 */
public class GoodKeptAdmissionCalledUnderLock {
    private final int cap;
    private final AtomicInteger running = new AtomicInteger();
    private final BooleanSupplier admit;

    public GoodKeptAdmissionCalledUnderLock(int cap) {
        this.cap = cap;
        this.admit = () -> {
            if (running.get() >= this.cap) {
                return false;
            }
            running.incrementAndGet();
            return true;
        };
    }

    public <T> T upload(Supplier<T> work) {
        synchronized (this) {
            if (!admit.getAsBoolean()) {
                throw new IllegalStateException("too many uploads");
            }
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
