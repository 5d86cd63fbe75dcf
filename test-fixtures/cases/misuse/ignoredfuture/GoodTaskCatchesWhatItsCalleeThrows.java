package misuse.ignoredfuture;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** The task catches the one exception the method it calls throws: nothing can fail in the dropped future. */
public class GoodTaskCatchesWhatItsCalleeThrows {
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
        pool.submit(() -> {
            try {
                quote(sku);
            } catch (IllegalArgumentException e) {
                failed.incrementAndGet();
            }
        });
    }
}
