package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The loader counts the latch down inside the loop, after the first entry, so that readers can start
 * early: the puts of the later passes run after the count reached zero, while readers already read
 * the plain map.
 */
public class BadConfigFilledPastEarlyCountDown {
    private final Map<String, Double> prices = new HashMap<>();
    private final CountDownLatch warmedUp = new CountDownLatch(1);

    public void warmUp() {
        for (int i = 0; i < 1000; i++) {
            prices.put("sku-" + i, 9.99 + i); // expect: UnguardedWrite['`prices.put()` changes `prices` without a lock']
            if (i == 0) {
                warmedUp.countDown();
            }
        }
    }

    public double priceOf(String sku) throws InterruptedException {
        warmedUp.await();
        Double p = prices.get(sku);
        return p == null ? Double.NaN : p;
    }

    public static void main(String[] args) throws InterruptedException {
        BadConfigFilledPastEarlyCountDown cache = new BadConfigFilledPastEarlyCountDown();
        Thread reader = new Thread(() -> {
            try {
                System.out.println(cache.priceOf("sku-7")); // expect: NonSendCapture['`cache` is not thread-safe but is shared with a task']
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        Thread loader = new Thread(cache::warmUp); // expect: NonSendCapture['`cache` is not thread-safe but is shared with a task']
        loader.start();
        loader.join();
        reader.join();
    }
}
