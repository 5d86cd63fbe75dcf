// EXPECT: none
package probe5.cache;

// OK: admission is a compareAndSet retry loop, so the limit check and the increment form one atomic step; release happens in finally

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Bulkhead that caps concurrent calls to a downstream dependency and records
 * the observed peak concurrency for the metrics endpoint.
 */
public class ConcurrencyLimiter {

    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final LongAdder rejected = new LongAdder();

    public ConcurrencyLimiter(int limit) {
        this.limit = limit;
    }

    /** Tries to take a slot; never lets {@code inFlight} exceed {@code limit}. */
    public boolean tryAcquire() {
        for (;;) {
            int current = inFlight.get();
            if (current >= limit) {
                rejected.increment();
                return false;
            }
            if (inFlight.compareAndSet(current, current + 1)) {
                peak.accumulateAndGet(current + 1, Math::max);
                return true;
            }
        }
    }

    public void release() {
        inFlight.updateAndGet(v -> {
            if (v <= 0) {
                throw new IllegalStateException("release without acquire");
            }
            return v - 1;
        });
    }

    /** Runs {@code work} inside a slot, or returns empty when saturated. */
    public <T> Optional<T> call(Supplier<T> work) {
        if (!tryAcquire()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            release();
        }
    }

    public int peak() {
        return peak.get();
    }

    public long rejectedCount() {
        return rejected.sum();
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(3);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int n = 0; n < 10_000; n++) {
                    limiter.call(() -> "ok");
                }
            }, "caller-" + i);
            callers.add(t);
            t.start();
        }
        for (Thread t : callers) {
            t.join();
        }
        System.out.println("peak=" + limiter.peak() + " rejected=" + limiter.rejectedCount());
    }
}
