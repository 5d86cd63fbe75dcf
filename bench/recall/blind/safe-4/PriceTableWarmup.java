// EXPECT: latch-countdown-before-write @ line 26
package probe4.safe;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// Price table loaded asynchronously at startup; pricing requests block until warm-up completes.
public class PriceTableWarmup {

    private final CountDownLatch warmedUp = new CountDownLatch(1);
    private Map<String, Long> pricesCents;
    private long loadedAtNanos;

    public void warmUpAsync(int skus) {
        Thread loader = new Thread(() -> {
            Map<String, Long> table = new HashMap<>();
            for (int i = 0; i < skus; i++) {
                table.put("SKU-" + i, 199L + (i * 31L) % 5000);
            }
            loadedAtNanos = System.nanoTime();
            warmedUp.countDown(); // BUG: latch released before 'pricesCents' is assigned; awaiting readers may see null / stale table
            pricesCents = table;
        }, "price-warmup");
        loader.start();
    }

    public long priceOf(String sku) throws InterruptedException {
        if (!warmedUp.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("price table not ready");
        }
        Map<String, Long> table = pricesCents;
        if (table == null) {
            return -1;
        }
        return table.getOrDefault(sku, -1L);
    }

    public static void main(String[] args) throws InterruptedException {
        PriceTableWarmup prices = new PriceTableWarmup();
        AtomicInteger misses = new AtomicInteger();
        ExecutorService checkout = Executors.newFixedThreadPool(6);
        for (int r = 0; r < 60; r++) {
            final String sku = "SKU-" + (r * 7 % 1000);
            checkout.execute(() -> {
                try {
                    if (prices.priceOf(sku) < 0) {
                        misses.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        prices.warmUpAsync(1000);
        checkout.shutdown();
        checkout.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("requests that saw no table: " + misses.get() + " loadedAt>0=" + (prices.loadedAtNanos != 0));
    }
}
