// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 28
package probe12a; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publisher-side backpressure: caps the number of messages that have been sent
 * to the broker but not yet acknowledged. {@link #tryAcquire()} is called by
 * publisher threads, {@link #release()} by the broker's ack-callback threads.
 */
public class CreditFlowController {
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong rejected = new AtomicLong();

    public CreditFlowController(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    public boolean tryAcquire() {
        if (inFlight.get() >= maxInFlight) {
            rejected.incrementAndGet();
            return false;
        }
        inFlight.incrementAndGet(); // BUG: check-then-act on the atomic; concurrent publishers can push inFlight past maxInFlight
        return true;
    }

    public void release() {
        inFlight.decrementAndGet();
    }

    public int inFlight() {
        return inFlight.get();
    }

    public long rejectedCount() {
        return rejected.get();
    }

    public static void main(String[] args) throws Exception {
        CreditFlowController credits = new CreditFlowController(64);
        ScheduledExecutorService ackCallbacks = Executors.newScheduledThreadPool(2);
        ExecutorService publishers = Executors.newFixedThreadPool(8);
        AtomicInteger peak = new AtomicInteger();

        for (int p = 0; p < 8; p++) {
            publishers.execute(() -> {
                for (int i = 0; i < 20_000; i++) {
                    if (credits.tryAcquire()) {
                        peak.accumulateAndGet(credits.inFlight(), Math::max);
                        // simulated broker ack arriving asynchronously
                        ackCallbacks.schedule(credits::release, 200, TimeUnit.MICROSECONDS);
                    } else {
                        Thread.onSpinWait();
                    }
                }
            });
        }
        publishers.shutdown();
        publishers.awaitTermination(1, TimeUnit.MINUTES);
        ackCallbacks.shutdown();
        ackCallbacks.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("peak in-flight " + peak.get() + ", rejected " + credits.rejectedCount());
    }
}
