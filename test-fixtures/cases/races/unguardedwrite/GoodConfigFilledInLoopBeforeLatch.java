package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The loader fills the plain map in a loop and counts the latch down once the loop is done; readers
 * await the latch before reading. Every put runs before the count reaches zero, which happens before
 * any await returns.
 */
public class GoodConfigFilledInLoopBeforeLatch {
    private final Map<String, Double> prices = new HashMap<>();
    private final CountDownLatch warmedUp = new CountDownLatch(1);

    public void warmUp() {
        for (int i = 0; i < 1000; i++) {
            prices.put("sku-" + i, 9.99 + i);
        }
        warmedUp.countDown();
    }

    public double priceOf(String sku) throws InterruptedException {
        warmedUp.await();
        Double p = prices.get(sku);
        return p == null ? Double.NaN : p;
    }

    public static void main(String[] args) throws InterruptedException {
        GoodConfigFilledInLoopBeforeLatch cache = new GoodConfigFilledInLoopBeforeLatch();
        Thread reader = new Thread(() -> {
            try {
                System.out.println(cache.priceOf("sku-7"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        Thread loader = new Thread(cache::warmUp);
        loader.start();
        loader.join();
        reader.join();
    }
}
