// EXPECT: none
package probe6a;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records a per-request timing breakdown (DB time, cache time, render time) for the catalog
 * service and folds it into service-wide totals.
 *
 * <p>{@link #handle(String)} is the request entry point and is invoked concurrently by all
 * request threads of the embedded server.
 */
public final class RequestTraceRecorder {

    /** Mutable per-request breakdown. One instance per request; never stored or shared. */
    static final class RequestTrace {
        final String path;
        long dbNanos;
        long cacheNanos;
        long renderNanos;
        int dbQueries;

        RequestTrace(String path) {
            this.path = path;
        }
    }

    private final LongAdder totalDbNanos = new LongAdder();
    private final LongAdder totalCacheNanos = new LongAdder();
    private final LongAdder totalRenderNanos = new LongAdder();
    private final LongAdder totalDbQueries = new LongAdder();

    public String handle(String path) {
        RequestTrace trace = new RequestTrace(path);
        String product = null;
        for (int attempt = 0; attempt < 3 && product == null; attempt++) {
            long t0 = System.nanoTime();
            product = ThreadLocalRandom.current().nextBoolean() ? "sku-" + path.hashCode() : null;
            trace.cacheNanos += System.nanoTime() - t0;
            if (product == null) {
                long t1 = System.nanoTime();
                product = "sku-from-db";
                trace.dbNanos += System.nanoTime() - t1; // OK: trace is a fresh per-request object confined to this thread
                trace.dbQueries++;
            }
        }
        long t2 = System.nanoTime();
        String body = "{\"product\":\"" + product + "\"}";
        trace.renderNanos += System.nanoTime() - t2;
        publish(trace);
        return body;
    }

    private void publish(RequestTrace trace) {
        totalDbNanos.add(trace.dbNanos);
        totalCacheNanos.add(trace.cacheNanos);
        totalRenderNanos.add(trace.renderNanos);
        totalDbQueries.add(trace.dbQueries);
    }

    public static void main(String[] args) throws InterruptedException {
        RequestTraceRecorder recorder = new RequestTraceRecorder();
        ExecutorService serverThreads = Executors.newFixedThreadPool(32);
        for (int i = 0; i < 20_000; i++) {
            String path = "/products/" + (i % 300);
            serverThreads.execute(() -> recorder.handle(path));
        }
        serverThreads.shutdown();
        serverThreads.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("db queries: " + recorder.totalDbQueries.sum());
    }
}
