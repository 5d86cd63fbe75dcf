// EXPECT: blocking-join-in-common-pool @ line 46
package probe9c; import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Orchestrates checkout: stock reservation and payment authorisation run in
 * parallel, then a confirmation is assembled. Request threads call
 * {@link #checkout} concurrently; async stages run on the common pool.
 */
public class CheckoutPipeline {

    record Cart(String customerId, List<String> skus, BigDecimal total) { }
    record Reservation(String id, List<String> skus) { }
    record Authorisation(String id, BigDecimal amount) { }
    record Confirmation(String orderId, Reservation reservation, Authorisation authorisation) { }

    static final class InventoryClient {
        Reservation reserve(Cart cart) {
            pause(40);
            return new Reservation("RSV-" + UUID.randomUUID(), cart.skus());
        }
    }

    static final class PaymentClient {
        Authorisation authorise(Cart cart) {
            pause(25);
            return new Authorisation("AUTH-" + UUID.randomUUID(), cart.total());
        }
    }

    private final InventoryClient inventory = new InventoryClient();
    private final PaymentClient payments = new PaymentClient();

    public CompletableFuture<Confirmation> checkout(Cart cart) {
        CompletableFuture<Reservation> reservation =
                CompletableFuture.supplyAsync(() -> inventory.reserve(cart));

        return CompletableFuture.supplyAsync(() -> payments.authorise(cart))
                .thenApplyAsync(auth -> {
                    Reservation held = reservation.join(); // BUG: blocks a common-pool worker waiting for another common-pool task; under load all workers wait and the pool starves
                    return new Confirmation("ORD-" + UUID.randomUUID(), held, auth);
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
        CheckoutPipeline pipeline = new CheckoutPipeline();
        ExecutorService requestThreads = Executors.newFixedThreadPool(64);
        List<CompletableFuture<Confirmation>> orders = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Cart cart = new Cart("C-" + i, List.of("SKU-" + (i % 40), "SKU-" + (i % 13)), new BigDecimal("49.90"));
            CompletableFuture<Confirmation> order = CompletableFuture
                    .supplyAsync(() -> pipeline.checkout(cart), requestThreads)
                    .thenCompose(f -> f);
            orders.add(order);
        }
        CompletableFuture.allOf(orders.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        System.out.println("confirmed " + orders.size() + " orders");
        requestThreads.shutdown();
    }
}
