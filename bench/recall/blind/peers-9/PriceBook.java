// EXPECT: none
package probe9a; import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Current list prices per SKU. updatePrice is called by the pricing feed
 * consumer while quote is called concurrently by the storefront handlers.
 */
public class PriceBook {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, BigDecimal> prices = new HashMap<>();

    public void updatePrice(String sku, BigDecimal price) {
        lock.lock(); // OK: released in finally even when the validation throws
        try {
            if (price.signum() <= 0) {
                throw new IllegalArgumentException("non-positive price for " + sku + ": " + price);
            }
            prices.put(sku, price);
        } finally {
            lock.unlock();
        }
    }

    public BigDecimal quote(String sku, int quantity) {
        lock.lock();
        try {
            BigDecimal unit = prices.get(sku);
            if (unit == null) {
                throw new IllegalArgumentException("unknown sku " + sku);
            }
            return unit.multiply(BigDecimal.valueOf(quantity));
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriceBook book = new PriceBook();
        book.updatePrice("sku-1", new BigDecimal("9.99"));
        book.updatePrice("sku-2", new BigDecimal("24.50"));

        Thread feed = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                try {
                    book.updatePrice("sku-" + (1 + i % 2), BigDecimal.valueOf(i % 10));
                } catch (IllegalArgumentException e) {
                    // bad feed record, skipped
                }
            }
        }, "pricing-feed");
        feed.start();

        AtomicInteger failed = new AtomicInteger();
        ExecutorService storefront = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 2_000; i++) {
            final String sku = "sku-" + (1 + i % 3);
            storefront.submit(() -> {
                try {
                    book.quote(sku, 2);
                } catch (IllegalArgumentException e) {
                    failed.incrementAndGet();
                }
            });
        }
        storefront.shutdown();
        storefront.awaitTermination(10, TimeUnit.SECONDS);
        feed.join();
        System.out.println("failed quotes=" + failed.get());
    }
}
