// EXPECT: none
package probe7c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A product catalogue cache. One loader thread warms up a plain HashMap at
 * start-up; request threads block on a latch until warm-up has finished and
 * then only read the map.
 */
public class CacheWarmup {

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
        Double p = prices.get(sku); // OK: the loader's puts all happen before countDown(), which happens-before await() returns; after that the map is never modified, so concurrent get() calls on the HashMap are safe
        return p == null ? Double.NaN : p;
    }

    public static void main(String[] args) throws InterruptedException {
        CacheWarmup cache = new CacheWarmup();
        Thread[] requests = new Thread[6];
        double[] answers = new double[requests.length];
        for (int i = 0; i < requests.length; i++) {
            final int id = i;
            requests[i] = new Thread(() -> {
                try {
                    answers[id] = cache.priceOf("sku-" + (id * 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "request-" + i);
            requests[i].start();
        }

        Thread loader = new Thread(cache::warmUp, "loader");
        loader.start();

        for (Thread t : requests) {
            t.join();
        }
        loader.join();
        for (int i = 0; i < answers.length; i++) {
            System.out.println("sku-" + (i * 100) + " -> " + answers[i]);
        }
    }
}
