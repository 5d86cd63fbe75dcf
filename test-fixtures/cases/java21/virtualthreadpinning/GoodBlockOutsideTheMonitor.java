package java21.virtualthreadpinning;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** On virtual threads, the slow fetch runs before the monitor is taken; the monitor only guards the map. */
public class GoodBlockOutsideTheMonitor {
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Double> rates = new HashMap<>();

    public void handle(String currency) {
        requests.execute(() -> store(currency, fetch(currency)));
    }

    private static double fetch(String currency) {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return currency.length() / 10.0;
    }

    private synchronized void store(String currency, double rate) {
        rates.put(currency, rate);
    }
}
