package misuse.ignoredfuture;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** The task catches another exception than the one the method it calls throws, which the dropped future then hides. */
public class BadTaskCatchesAnotherException {
    private final Map<String, Integer> prices = new HashMap<>();
    private final AtomicInteger failed = new AtomicInteger();

    synchronized int quote(String sku) {
        Integer price = prices.get(sku);
        if (price == null) {
            throw new IllegalArgumentException("unknown sku " + sku);
        }
        return price;
    }

    public void quoteAll(ExecutorService pool, String sku) {
        pool.submit(() -> { // expect: IgnoredFuture['(`BadTaskCatchesAnotherException.quote` throws `IllegalArgumentException` at BadTaskCatchesAnotherException.java:16)']
            try {
                quote(sku);
            } catch (IllegalStateException e) {
                failed.incrementAndGet();
            }
        });
    }
}
