package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * BadRequestHandlerRecordsIntoSharedMetrics where each task gets a metrics object of its own through the
 * static handler: no two tasks update the same latency total.
 */
public class GoodRequestHandlerRecordsIntoOwnMetrics {
    private final LongAdder requests = new LongAdder();
    private long totalLatencyNanos;

    public void record(long latencyNanos) {
        requests.increment();
        totalLatencyNanos += latencyNanos;
    }

    public long total() {
        return totalLatencyNanos;
    }

    static void handle(GoodRequestHandlerRecordsIntoOwnMetrics metrics, String path) {
        long start = System.nanoTime();
        metrics.record(System.nanoTime() - start + path.length());
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            GoodRequestHandlerRecordsIntoOwnMetrics mine = new GoodRequestHandlerRecordsIntoOwnMetrics();
            workers.execute(() -> handle(mine, "/orders"));
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
