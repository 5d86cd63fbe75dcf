// EXPECT: none
package probe3.mix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Fetches FX rates and carrier quotes concurrently and combines them into
 * a landed-cost estimate for each destination.
 */
// OK: stages only compose futures (thenCombine/thenApply/allOf) without blocking; the single join happens in main after the whole async chain is built
public class QuoteFetchPipeline {

    public record Estimate(String destination, BigDecimal landedCost) { }

    private final ExecutorService io = Executors.newFixedThreadPool(3);

    CompletableFuture<BigDecimal> fxRate(String currency) {
        return CompletableFuture.supplyAsync(() -> new BigDecimal(currency.length() + ".1725"), io);
    }

    CompletableFuture<BigDecimal> carrierQuote(String destination) {
        return CompletableFuture.supplyAsync(() -> BigDecimal.valueOf(destination.hashCode() & 0xFF, 1), io);
    }

    public CompletableFuture<Estimate> estimate(String destination, String currency, BigDecimal goodsValue) {
        return carrierQuote(destination)
                .thenCombine(fxRate(currency), (freight, rate) -> goodsValue.add(freight).multiply(rate))
                .thenApply(cost -> cost.setScale(2, RoundingMode.HALF_UP))
                .thenApply(cost -> new Estimate(destination, cost));
    }

    public CompletableFuture<List<Estimate>> estimateAll(List<String> destinations, BigDecimal goodsValue) {
        List<CompletableFuture<Estimate>> parts = destinations.stream()
                .map(d -> estimate(d, "EUR", goodsValue))
                .collect(Collectors.toList());
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture[0]))
                .thenApply(ignored -> parts.stream()
                        .map(CompletableFuture::join)
                        .collect(Collectors.toList()));
    }

    public static void main(String[] args) {
        QuoteFetchPipeline pipeline = new QuoteFetchPipeline();
        CompletableFuture<List<Estimate>> all =
                pipeline.estimateAll(List.of("Rotterdam", "Gdansk", "Valencia", "Piraeus"), new BigDecimal("1200"));
        List<Estimate> estimates = all.join();
        estimates.forEach(e -> System.out.println(e.destination() + " -> " + e.landedCost()));
        pipeline.io.shutdown();
    }
}
