package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;

/** An async stage after allOf(prices, promos) joins only those two: both are done when it runs. */
public class GoodAsyncStageAfterAllOf {
    public CompletableFuture<Integer> total(int basket) {
        CompletableFuture<Integer> prices = CompletableFuture.supplyAsync(() -> basket * 10);
        CompletableFuture<Integer> promos = CompletableFuture.supplyAsync(() -> basket > 2 ? 5 : 0);
        return CompletableFuture.allOf(prices, promos)
                .thenApplyAsync(ignored -> prices.join() - promos.join());
    }
}
