package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;

/** Dependent futures are chained with thenCompose and joined with thenCombine: no stage waits for another. */
public class GoodComposeAndCombine {
    public CompletableFuture<String> invoice(String orderId) {
        CompletableFuture<String> order = CompletableFuture.supplyAsync(() -> "order-" + orderId);
        CompletableFuture<String> customer = order.thenCompose(o -> customerAsync(o));
        return order.thenCombine(customer, (o, c) -> o + " billed to " + c);
    }

    private CompletableFuture<String> customerAsync(String order) {
        return CompletableFuture.supplyAsync(() -> "customer-of-" + order);
    }
}
