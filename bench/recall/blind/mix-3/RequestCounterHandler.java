// EXPECT: static-field-written-by-instances @ line 32
package probe3.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One handler instance per upstream route. Each handler tracks its own
 * latency sample and all handlers contribute to a process-wide total.
 */
public class RequestCounterHandler {

    private static long handledTotal;

    private final String route;
    private final long[] latencyBuckets = new long[8];

    public RequestCounterHandler(String route) {
        this.route = route;
    }

    public String handle(String payload) {
        long start = System.nanoTime();
        String response = route + ":" + payload.length();
        int bucket = (int) Math.min(7, (System.nanoTime() - start) / 1_000);
        synchronized (latencyBuckets) {
            latencyBuckets[bucket]++;
        }
        handledTotal++; // BUG: static non-final counter incremented from instance method by many request threads without synchronization
        return response;
    }

    public long bucketTotal() {
        long sum = 0;
        synchronized (latencyBuckets) {
            for (long b : latencyBuckets) {
                sum += b;
            }
        }
        return sum;
    }

    static long handledTotal() {
        return handledTotal;
    }

    public static void main(String[] args) throws InterruptedException {
        List<RequestCounterHandler> handlers = new ArrayList<>();
        for (String r : List.of("/orders", "/users", "/inventory")) {
            handlers.add(new RequestCounterHandler(r));
        }
        ExecutorService requestPool = Executors.newFixedThreadPool(12);
        for (int i = 0; i < 90_000; i++) {
            RequestCounterHandler h = handlers.get(i % handlers.size());
            final int n = i;
            requestPool.execute(() -> h.handle("body-" + n));
        }
        requestPool.shutdown();
        requestPool.awaitTermination(30, TimeUnit.SECONDS);
        long perHandler = handlers.stream().mapToLong(RequestCounterHandler::bucketTotal).sum();
        System.out.println("static=" + handledTotal() + " buckets=" + perHandler);
    }
}
