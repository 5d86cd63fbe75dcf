// EXPECT: none
package probe12a; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bounds the number of unacknowledged deliveries pushed to a consumer. Dispatcher
 * threads call {@link #tryAcquire()} before pushing a delivery; ack handlers call
 * {@link #release()} when the consumer acknowledges it.
 */
public class InFlightLimiter {
    private final int maxUnacked;
    private final AtomicInteger unacked = new AtomicInteger();
    private final LongAdder throttled = new LongAdder();

    public InFlightLimiter(int maxUnacked) {
        this.maxUnacked = maxUnacked;
    }

    public boolean tryAcquire() {
        while (true) {
            int current = unacked.get();
            if (current >= maxUnacked) {
                throttled.increment();
                return false;
            }
            if (unacked.compareAndSet(current, current + 1)) { // OK: CAS fails if another thread changed the count since the check, so the limit holds
                return true;
            }
        }
    }

    public void release() {
        unacked.decrementAndGet();
    }

    public int unacked() {
        return unacked.get();
    }

    public long throttledCount() {
        return throttled.sum();
    }

    public static void main(String[] args) throws Exception {
        InFlightLimiter limiter = new InFlightLimiter(32);
        ScheduledExecutorService ackHandlers = Executors.newScheduledThreadPool(2);
        ExecutorService dispatchers = Executors.newFixedThreadPool(8);
        AtomicInteger peak = new AtomicInteger();

        for (int d = 0; d < 8; d++) {
            dispatchers.execute(() -> {
                for (int i = 0; i < 20_000; i++) {
                    if (limiter.tryAcquire()) {
                        peak.accumulateAndGet(limiter.unacked(), Math::max);
                        ackHandlers.schedule(limiter::release, 150, TimeUnit.MICROSECONDS);
                    } else {
                        Thread.onSpinWait();
                    }
                }
            });
        }
        dispatchers.shutdown();
        dispatchers.awaitTermination(1, TimeUnit.MINUTES);
        ackHandlers.shutdown();
        ackHandlers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("peak unacked " + peak.get() + ", throttled " + limiter.throttledCount());
    }
}
