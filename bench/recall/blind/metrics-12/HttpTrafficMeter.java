// EXPECT: data-race-on-a-field @ line 38
package probe12b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/*
 * Tracks outbound HTTP traffic for the edge tier.
 * onResponse(...) is called by every request-handler thread of the server pool;
 * a single-threaded scheduler publishes and resets the totals every ten seconds.
 */
public class HttpTrafficMeter {

    private final AtomicLong responses = new AtomicLong();
    private long bytesOut;
    private final BiConsumer<String, Long> publisher;
    private final ScheduledExecutorService reporter =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "traffic-reporter");
                t.setDaemon(true);
                return t;
            });

    public HttpTrafficMeter(BiConsumer<String, Long> publisher) {
        this.publisher = publisher;
    }

    public void start() {
        reporter.scheduleAtFixedRate(this::report, 10, 10, TimeUnit.SECONDS);
    }

    /** Invoked concurrently from the request-handler pool after each response is written. */
    public void onResponse(int status, long contentLength) {
        responses.incrementAndGet();
        if (contentLength > 0) {
            bytesOut += contentLength; // BUG: unsynchronized read-modify-write of a field shared by handler threads and the reporter
        }
    }

    private synchronized long drainBytes() {
        long value = bytesOut;
        bytesOut = 0;
        return value;
    }

    private void report() {
        publisher.accept("http.responses", responses.getAndSet(0));
        publisher.accept("http.bytes_out", drainBytes());
    }

    public void stop() {
        reporter.shutdown();
    }

    public static void main(String[] args) throws InterruptedException {
        HttpTrafficMeter meter = new HttpTrafficMeter((k, v) -> System.out.println(k + "=" + v));
        meter.start();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            final int size = 512 + (i % 2048);
            handlers.execute(() -> meter.onResponse(200, size));
        }
        handlers.shutdown();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
        meter.report();
        meter.stop();
    }
}
