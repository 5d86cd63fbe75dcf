package java21.virtualthreadpinning;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The rate cache of BadSleepInSynchronizedMethod on a platform thread pool: nothing is pinned (other threads still wait for the lock). */
public class GoodPlatformThreadPool {
    private final ExecutorService requests = Executors.newFixedThreadPool(8);
    private final Map<String, Double> rates = new HashMap<>();

    public void handle(String currency) {
        requests.execute(() -> rate(currency));
        Thread.ofPlatform().name("warm-up").start(() -> rate("EUR"));
    }

    synchronized double rate(String currency) {
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
    }
}
