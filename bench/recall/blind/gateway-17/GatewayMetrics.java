// EXPECT: non-atomic-volatile-update @ line 21
package probe17b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Process-wide gateway counters exposed on the /metrics endpoint. onRequestStart() and
 * onRequestEnd() are called by every request worker thread.
 */
public class GatewayMetrics {

    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private volatile long totalRequests;
    private volatile long lastRequestNanos;

    public void onRequestStart() {
        inFlight.incrementAndGet();
        totalRequests++; // BUG: ++ on a volatile field is a non-atomic read-modify-write; concurrent increments are lost
        lastRequestNanos = System.nanoTime();
    }

    public void onRequestEnd(long responseBytes) {
        inFlight.decrementAndGet();
        bytesOut.addAndGet(responseBytes);
    }

    public String render() {
        return "gateway_requests_total " + totalRequests + "\n"
                + "gateway_requests_in_flight " + inFlight.get() + "\n"
                + "gateway_response_bytes_total " + bytesOut.get() + "\n"
                + "gateway_last_request_nanos " + lastRequestNanos + "\n";
    }

    public static void main(String[] args) throws InterruptedException {
        GatewayMetrics metrics = new GatewayMetrics();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 200_000; i++) {
            workers.execute(() -> {
                metrics.onRequestStart();
                metrics.onRequestEnd(ThreadLocalRandom.current().nextLong(100, 4_096));
            });
        }
        Thread scraper = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                System.out.print(metrics.render());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "metrics-scraper");
        scraper.start();
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        scraper.join();
        System.out.print(metrics.render());
    }
}
