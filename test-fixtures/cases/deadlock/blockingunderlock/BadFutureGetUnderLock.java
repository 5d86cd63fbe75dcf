package deadlock.blockingunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/** Price cache that waits for the remote lookup with Future.get() while holding its ReentrantLock: all readers stall for the network round trip. */
public class BadFutureGetUnderLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final ExecutorService remote = Executors.newFixedThreadPool(2);
    private final Map<String, Double> prices = new HashMap<>();

    public double price(String sku) throws InterruptedException, ExecutionException, TimeoutException {
        lock.lock();
        try {
            Double cached = prices.get(sku);
            if (cached != null) {
                return cached;
            }
            Future<Double> lookup = remote.submit(() -> sku.length() * 1.5);
            double value = lookup.get(2, TimeUnit.SECONDS); // expect: BlockingUnderLock
            prices.put(sku, value);
            return value;
        } finally {
            lock.unlock();
        }
    }
}
