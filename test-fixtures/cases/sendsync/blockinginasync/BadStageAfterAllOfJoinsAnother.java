package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;

/** The stage runs after allOf(prices), but it also joins the tax lookup, which allOf did not wait for. */
public class BadStageAfterAllOfJoinsAnother {
    public CompletableFuture<Integer> total(int basket) {
        CompletableFuture<Integer> prices = CompletableFuture.supplyAsync(() -> basket * 10);
        CompletableFuture<Integer> tax = CompletableFuture.supplyAsync(() -> basket * 2);
        return CompletableFuture.allOf(prices)
                .thenApplyAsync(ignored -> prices.join() + tax.join()); // expect: BlockingInAsync['`tax.join()` blocks inside `thenApplyAsync`'s task']
    }
}
