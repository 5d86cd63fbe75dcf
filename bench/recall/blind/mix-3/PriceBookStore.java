// EXPECT: write-under-read-lock @ line 28
package probe3.mix;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Read-mostly cache of list prices keyed by SKU, lazily populated from
 * the pricing service and bulk-replaced at the nightly repricing run.
 */
public class PriceBookStore {

    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, BigDecimal> prices = new HashMap<>();

    public BigDecimal priceOf(String sku) {
        rw.readLock().lock();
        try {
            BigDecimal cached = prices.get(sku);
            if (cached == null) {
                cached = loadFromPricingService(sku);
                prices.put(sku, cached); // BUG: HashMap is mutated while holding only the read lock; other readers run concurrently
            }
            return cached;
        } finally {
            rw.readLock().unlock();
        }
    }

    public void replaceAll(Map<String, BigDecimal> repriced) {
        rw.writeLock().lock();
        try {
            prices.clear();
            prices.putAll(repriced);
        } finally {
            rw.writeLock().unlock();
        }
    }

    public int size() {
        rw.readLock().lock();
        try {
            return prices.size();
        } finally {
            rw.readLock().unlock();
        }
    }

    private static BigDecimal loadFromPricingService(String sku) {
        return BigDecimal.valueOf(Math.abs(sku.hashCode() % 10_000), 2);
    }

    public static void main(String[] args) throws InterruptedException {
        PriceBookStore store = new PriceBookStore();
        ExecutorService checkout = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 50_000; i++) {
            final int n = i;
            checkout.execute(() -> store.priceOf("SKU-" + (n % 3_000)));
        }
        checkout.execute(() -> store.replaceAll(Map.of("SKU-1", new BigDecimal("9.99"))));
        checkout.shutdown();
        checkout.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("cached=" + store.size());
    }
}
