// EXPECT: none
package probe11a; import java.math.BigDecimal;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Memoizes exchange rates fetched from the treasury service, which is rate limited and
 * must be called at most once per currency pair. Lookups come from the pricing workers
 * in parallel.
 */
public class ExchangeRateLookup {

    public interface RateSource {
        BigDecimal fetch(String pair) throws InterruptedException;
    }

    private final ConcurrentMap<String, Future<BigDecimal>> rates = new ConcurrentHashMap<>();
    private final RateSource source;

    public ExchangeRateLookup(RateSource source) {
        this.source = source;
    }

    public BigDecimal rate(String pair) throws InterruptedException {
        while (true) {
            Future<BigDecimal> f = rates.get(pair);
            if (f == null) { // OK: the miss is only a fast path; the insert below uses putIfAbsent, so only one task per pair is ever run
                FutureTask<BigDecimal> task = new FutureTask<>(() -> source.fetch(pair));
                f = rates.putIfAbsent(pair, task);
                if (f == null) {
                    f = task;
                    task.run();
                }
            }
            try {
                return f.get();
            } catch (CancellationException e) {
                rates.remove(pair, f);
            } catch (ExecutionException e) {
                rates.remove(pair, f);
                throw new IllegalStateException("rate lookup failed: " + pair, e.getCause());
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger treasuryCalls = new AtomicInteger();
        RateSource treasury = pair -> {
            treasuryCalls.incrementAndGet();
            Thread.sleep(40);
            return new BigDecimal("1.0" + pair.length());
        };
        ExchangeRateLookup lookup = new ExchangeRateLookup(treasury);
        String[] pairs = {"EURUSD", "EURGBP", "USDJPY"};

        ExecutorService pricingWorkers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 30; i++) {
            String pair = pairs[i % pairs.length];
            pricingWorkers.execute(() -> {
                try {
                    lookup.rate(pair);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        pricingWorkers.shutdown();
        pricingWorkers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("treasury calls: " + treasuryCalls.get());
    }
}
