package java21.virtualthreadpinning;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/** The rate cache of BadSleepInSynchronizedMethod with a ReentrantLock: a parked virtual thread frees its carrier. */
public class GoodReentrantLockOnVirtualThread {
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Double> rates = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    public void handle(String currency) {
        requests.execute(() -> rate(currency));
    }

    double rate(String currency) {
        lock.lock();
        try {
            Double known = rates.get(currency);
            if (known == null) {
                try {
                    Thread.sleep(50); // expect: BlockingUnderLock
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
                known = currency.length() / 10.0;
                rates.put(currency, known);
            }
            return known;
        } finally {
            lock.unlock();
        }
    }
}
