package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;

/** A thenApply stage blocks on another future with join(), parking a common-pool thread until it completes. */
public class BadJoinInThenApply {
    public CompletableFuture<String> invoice(String orderId) {
        CompletableFuture<String> order = CompletableFuture.supplyAsync(() -> "order-" + orderId);
        CompletableFuture<String> customer = CompletableFuture.supplyAsync(() -> "customer-of-" + orderId);
        return order.thenApply(o -> o + " billed to " + customer.join()); // expect: BlockingInAsync['`customer.join()` blocks inside a `thenApply` stage']
    }
}
