package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request metrics every pool task records into through a static handler given the one metrics object:
 * the request count is a LongAdder (the class shows it is shared), but the latency total is a plain
 * long that the tasks update at once and lose updates of.
 */
public class BadRequestHandlerRecordsIntoSharedMetrics {
    private final LongAdder requests = new LongAdder();
    private long totalLatencyNanos;

    public void record(long latencyNanos) {
        requests.increment();
        totalLatencyNanos += latencyNanos; // expect: UnguardedWrite['`totalLatencyNanos` is updated without a lock, by tasks that run on other threads, all on one object']
    }

    public String snapshot() {
        return requests.sum() + " requests, " + totalLatencyNanos + " ns";
    }

    static void handle(BadRequestHandlerRecordsIntoSharedMetrics metrics, String path) {
        long start = System.nanoTime();
        metrics.record(System.nanoTime() - start + path.length());
    }

    public static void main(String[] args) throws InterruptedException {
        BadRequestHandlerRecordsIntoSharedMetrics metrics = new BadRequestHandlerRecordsIntoSharedMetrics();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            workers.execute(() -> handle(metrics, "/orders"));
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(metrics.snapshot());
    }
}
