// EXPECT: none
package probe9c; import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Prices a basket: list prices and promotions are fetched in parallel, then
 * combined. Request threads call {@link #price} concurrently; async stages
 * run on the common pool.
 */
public class BasketPricingPipeline {

    record Basket(String customerId, List<String> skus) { }
    record ListPrices(BigDecimal subtotal) { }
    record Promotions(BigDecimal discount, List<String> codes) { }
    record PricedBasket(String customerId, BigDecimal subtotal, BigDecimal discount, BigDecimal total) { }

    static final class PriceBookClient {
        ListPrices lookup(Basket basket) {
            pause(30);
            return new ListPrices(new BigDecimal("12.50").multiply(BigDecimal.valueOf(basket.skus().size())));
        }
    }

    static final class PromotionClient {
        Promotions applicable(Basket basket) {
            pause(20);
            return basket.skus().size() > 2
                    ? new Promotions(new BigDecimal("5.00"), List.of("MULTIBUY"))
                    : new Promotions(BigDecimal.ZERO, List.of());
        }
    }

    private final PriceBookClient priceBook = new PriceBookClient();
    private final PromotionClient promotions = new PromotionClient();

    public CompletableFuture<PricedBasket> price(Basket basket) {
        CompletableFuture<ListPrices> prices =
                CompletableFuture.supplyAsync(() -> priceBook.lookup(basket));
        CompletableFuture<Promotions> promos =
                CompletableFuture.supplyAsync(() -> promotions.applicable(basket));

        return CompletableFuture.allOf(prices, promos)
                .thenApplyAsync(ignored -> {
                    ListPrices p = prices.join(); // OK: stage only runs after allOf completed, so both futures are already done and join() returns without blocking
                    Promotions d = promos.join();
                    return new PricedBasket(basket.customerId(), p.subtotal(), d.discount(),
                            p.subtotal().subtract(d.discount()));
                });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        BasketPricingPipeline pipeline = new BasketPricingPipeline();
        ExecutorService requestThreads = Executors.newFixedThreadPool(64);
        List<CompletableFuture<PricedBasket>> quotes = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Basket basket = new Basket("C-" + i, List.of("SKU-" + (i % 40), "SKU-" + (i % 13), "SKU-" + (i % 7)));
            quotes.add(CompletableFuture
                    .supplyAsync(() -> pipeline.price(basket), requestThreads)
                    .thenCompose(f -> f));
        }
        CompletableFuture.allOf(quotes.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        System.out.println("priced " + quotes.size() + " baskets");
        requestThreads.shutdown();
    }
}
