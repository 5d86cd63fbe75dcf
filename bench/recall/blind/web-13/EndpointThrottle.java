// EXPECT: none
package probe13b; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/*
 * Per-endpoint throttle with fixed time windows.
 * allow() is called concurrently by request threads before dispatching to a handler.
 */
public class EndpointThrottle {

    private static final class Slot {
        final long index;
        final AtomicInteger used = new AtomicInteger();

        Slot(long index) {
            this.index = index;
        }
    }

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final int maxPerSlot;
    private final long slotMillis;

    public EndpointThrottle(int maxPerSlot, long slotMillis) {
        this.maxPerSlot = maxPerSlot;
        this.slotMillis = slotMillis;
    }

    public boolean allow(String endpoint, long nowMillis) {
        long index = nowMillis / slotMillis;
        Slot slot = slots.compute(endpoint,
                (e, s) -> (s == null || s.index != index) ? new Slot(index) : s);
        while (true) {
            int current = slot.used.get();
            if (current >= maxPerSlot) { // OK: the check is re-validated by compareAndSet, which fails if another thread incremented in between
                return false;
            }
            if (slot.used.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    public int used(String endpoint) {
        Slot slot = slots.get(endpoint);
        return slot == null ? 0 : slot.used.get();
    }

    public static void main(String[] args) throws InterruptedException {
        EndpointThrottle throttle = new EndpointThrottle(100, 60_000);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService requestThreads = Executors.newFixedThreadPool(16);
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5_000; i++) {
            requestThreads.execute(() -> {
                if (throttle.allow("POST /api/checkout", now)) {
                    allowed.incrementAndGet();
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("allowed=" + allowed.get() + " (limit 100)");
    }
}
