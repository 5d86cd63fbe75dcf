// EXPECT: none
package probe.races;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Per-process API call statistics, updated by every request handler thread. */
// OK: counters are LongAdder/AtomicLong updated with atomic operations; the peak uses accumulateAndGet instead of get-then-set
public class ApiCallMeter {
    private final LongAdder calls = new LongAdder();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AtomicLong peakLatencyMicros = new AtomicLong();
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);

    public Future<String> handle(String endpoint, int payloadSize) {
        return handlers.submit(() -> {
            long start = System.nanoTime();
            String body = endpoint.repeat(payloadSize % 7 + 1);
            calls.increment();
            bytesOut.addAndGet(body.length());
            long micros = (System.nanoTime() - start) / 1_000;
            peakLatencyMicros.accumulateAndGet(micros, Math::max);
            return body;
        });
    }

    public String snapshot() {
        return "calls=" + calls.sum()
                + " bytesOut=" + bytesOut.get()
                + " peakLatencyMicros=" + peakLatencyMicros.get();
    }

    public void shutdown() throws InterruptedException {
        handlers.shutdown();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        ApiCallMeter meter = new ApiCallMeter();
        for (int i = 0; i < 20_000; i++) {
            meter.handle(i % 3 == 0 ? "/v1/orders" : "/v1/users", i);
            if (i % 5_000 == 0) {
                System.out.println(meter.snapshot());
            }
        }
        meter.shutdown();
        System.out.println(meter.snapshot());
    }
}
