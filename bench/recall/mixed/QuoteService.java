// EXPECT: blocking-under-lock @ line 35
package recall3;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Fetches quotes from a slow upstream service, coalescing concurrent requests for the same
 * symbol. Called concurrently by all web request threads.
 */
public class QuoteService {
    private final ExecutorService upstreamPool;
    private final Function<String, Double> upstream;
    private final Map<String, Future<Double>> inFlight = new HashMap<>();

    public QuoteService(ExecutorService upstreamPool, Function<String, Double> upstream) {
        this.upstreamPool = upstreamPool;
        this.upstream = upstream;
    }

    public synchronized double quote(String symbol)
            throws InterruptedException, ExecutionException, TimeoutException {
        Future<Double> pending = inFlight.get(symbol);
        if (pending == null) {
            pending = upstreamPool.submit(() -> upstream.apply(symbol));
            inFlight.put(symbol, pending);
        }
        try {
            return pending.get(2, TimeUnit.SECONDS);
        } finally {
            inFlight.remove(symbol);
        }
    }

    public synchronized int inFlightCount() {
        return inFlight.size();
    }
}
