// EXPECT: check-then-act-atomic @ line 29
package probe5.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Caps the number of concurrent calls to a fragile downstream service.
 * Calls over the limit are rejected immediately instead of queueing.
 */
public class ConnectionLimiter {

    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder rejected = new LongAdder();
    private final BooleanSupplier admission;

    public ConnectionLimiter(int maxInFlight) {
        this.maxInFlight = maxInFlight;
        this.admission = () -> {
            if (inFlight.get() >= this.maxInFlight) {
                return false;
            }
            inFlight.incrementAndGet(); // BUG: check-then-act across two separate atomic operations; concurrent callers can push inFlight above maxInFlight
            return true;
        };
    }

    /** Runs {@code work} if a slot is free, otherwise returns empty. */
    public <T> Optional<T> execute(Supplier<T> work) {
        if (!admission.getAsBoolean()) {
            rejected.increment();
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    public int inFlight() {
        return inFlight.get();
    }

    public long rejectedCount() {
        return rejected.sum();
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionLimiter limiter = new ConnectionLimiter(3);
        AtomicInteger peak = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int n = 0; n < 10_000; n++) {
                    limiter.execute(() -> peak.accumulateAndGet(limiter.inFlight(), Math::max));
                }
            }, "caller-" + i);
            callers.add(t);
            t.start();
        }
        for (Thread t : callers) {
            t.join();
        }
        System.out.println("peak in-flight=" + peak.get() + " rejected=" + limiter.rejectedCount());
    }
}
