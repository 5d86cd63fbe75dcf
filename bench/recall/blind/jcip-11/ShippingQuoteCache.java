// EXPECT: check-then-act @ line 36
package probe11a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caches freight quotes per route. The carrier bills every quote request and also places
 * a temporary capacity hold, so each route must be quoted at most once per cache lifetime.
 * quote() is called concurrently by the checkout workers.
 */
public class ShippingQuoteCache {

    public record Quote(String route, long priceCents, String holdId) { }

    public interface CarrierClient {
        Quote requestQuote(String route) throws InterruptedException;
    }

    private final Map<String, Future<Quote>> cache = new ConcurrentHashMap<>();
    private final CarrierClient carrier;

    public ShippingQuoteCache(CarrierClient carrier) {
        this.carrier = carrier;
    }

    public Quote quote(String route) throws InterruptedException {
        Future<Quote> f = cache.get(route);
        if (f == null) {
            FutureTask<Quote> task = new FutureTask<>(() -> carrier.requestQuote(route));
            cache.put(route, task); // BUG: check-then-act: get() miss followed by unconditional put(); two workers can both miss and both call the billed carrier API
            f = task;
            task.run();
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            cache.remove(route, f);
            throw new IllegalStateException("quote failed for " + route, e.getCause());
        }
    }

    public void invalidate(String route) {
        cache.remove(route);
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger billedCalls = new AtomicInteger();
        CarrierClient carrier = route -> {
            int n = billedCalls.incrementAndGet();
            Thread.sleep(50);
            return new Quote(route, 1_000L + route.length() * 37L, "hold-" + n);
        };
        ShippingQuoteCache quotes = new ShippingQuoteCache(carrier);
        String[] routes = {"AMS-BER", "AMS-PAR", "BER-WAW"};

        ExecutorService checkoutWorkers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 30; i++) {
            String route = routes[i % routes.length];
            checkoutWorkers.execute(() -> {
                try {
                    quotes.quote(route);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        checkoutWorkers.shutdown();
        checkoutWorkers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("billed carrier calls: " + billedCalls.get() + " for " + routes.length + " routes");
    }
}
