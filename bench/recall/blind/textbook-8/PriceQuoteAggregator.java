// EXPECT: none
package probe8c; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

// Refreshes cached best prices by querying several suppliers asynchronously.
public class PriceQuoteAggregator {

    record Quote(String supplier, String sku, long cents) {
    }

    private final List<String> suppliers;
    private final ExecutorService io = Executors.newFixedThreadPool(6);
    private final Map<String, Quote> bestPrice = new ConcurrentHashMap<>();

    public PriceQuoteAggregator(List<String> suppliers) {
        this.suppliers = List.copyOf(suppliers);
    }

    public void refresh(List<String> skus) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (String sku : skus) {
            CompletableFuture<Quote> best = CompletableFuture.completedFuture(null);
            for (String supplier : suppliers) {
                CompletableFuture<Quote> quote = CompletableFuture.supplyAsync(() -> fetch(supplier, sku), io);
                best = best.thenCombine(quote, (a, b) -> a == null || b.cents() < a.cents() ? b : a);
            }
            pending.add(best.thenAccept(q -> bestPrice.put(sku, q))); // OK: the stage is kept and joined via allOf below, so failures and completion are observed
        }
        CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).join();
    }

    private Quote fetch(String supplier, String sku) {
        if (sku.isBlank()) {
            throw new IllegalArgumentException("blank sku");
        }
        long cents = 1_000 + ThreadLocalRandom.current().nextLong(500);
        return new Quote(supplier, sku, cents);
    }

    public Quote best(String sku) {
        return bestPrice.get(sku);
    }

    public void close() {
        io.shutdown();
    }

    public static void main(String[] args) {
        PriceQuoteAggregator agg = new PriceQuoteAggregator(List.of("acme", "globex", "initech"));
        List<String> skus = List.of("SKU-1", "SKU-2", "SKU-3", "SKU-4");
        try {
            agg.refresh(skus);
            for (String sku : skus) {
                System.out.println(sku + " -> " + agg.best(sku));
            }
        } finally {
            agg.close();
        }
    }
}
