// EXPECT: none
package probe5.batch;

// OK: every async stage communicates only through CompletableFuture results of immutable records; the shared rate cache is a ConcurrentHashMap used via atomic computeIfAbsent; results are joined on the caller thread
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Builds shipping quotes for a batch of orders. For every order the base price
 * and the regional tax rate are fetched concurrently and then combined.
 */
public class CompletableQuoteAssembler {

    public record Order(String id, String region, int weightGrams) {}

    public record Quote(String orderId, long priceCents, double taxRate, long totalCents) {}

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, Double> taxRates = new ConcurrentHashMap<>();

    private long basePrice(Order o) {
        return 499 + o.weightGrams() / 10L;
    }

    private double taxRate(String region) {
        return taxRates.computeIfAbsent(region, r -> 0.05 + Math.floorMod(r.hashCode(), 10) / 100.0);
    }

    public List<Quote> quote(List<Order> orders) {
        List<CompletableFuture<Quote>> pending = new ArrayList<>();
        for (Order o : orders) {
            CompletableFuture<Long> price = CompletableFuture.supplyAsync(() -> basePrice(o), pool);
            CompletableFuture<Double> tax = CompletableFuture.supplyAsync(() -> taxRate(o.region()), pool);
            pending.add(price.thenCombine(tax,
                    (p, t) -> new Quote(o.id(), p, t, Math.round(p * (1 + t)))));
        }
        CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).join();
        List<Quote> quotes = new ArrayList<>(pending.size());
        for (CompletableFuture<Quote> f : pending) {
            quotes.add(f.join());
        }
        return quotes;
    }

    public void shutdown() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            orders.add(new Order("o" + i, "R" + (i % 9), 100 + i * 3));
        }
        CompletableQuoteAssembler assembler = new CompletableQuoteAssembler();
        try {
            List<Quote> quotes = assembler.quote(orders);
            System.out.println(quotes.size() + " quotes, first " + quotes.get(0));
        } finally {
            assembler.shutdown();
        }
    }
}
