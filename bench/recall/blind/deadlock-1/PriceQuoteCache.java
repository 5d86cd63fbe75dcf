// EXPECT: alien-call-under-lock @ line 37
package probe.dl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Thread-safe cache of the latest price per instrument. Market-data feed
 * threads call {@link #update}; risk and UI components subscribe as listeners.
 */
public class PriceQuoteCache {

    public interface QuoteListener {
        void onQuoteChanged(String symbol, double oldPrice, double newPrice);
    }

    private final Map<String, Double> latest = new HashMap<>();
    private final List<QuoteListener> listeners = new ArrayList<>();

    public synchronized void subscribe(QuoteListener listener) {
        listeners.add(listener);
    }

    public synchronized double lastPrice(String symbol) {
        return latest.getOrDefault(symbol, Double.NaN);
    }

    public synchronized void update(String symbol, double price) {
        Double previous = latest.put(symbol, price);
        if (previous != null && previous.doubleValue() != price) {
            for (QuoteListener listener : listeners) {
                listener.onQuoteChanged(symbol, previous, price); // BUG: alien listener invoked while holding the cache monitor
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriceQuoteCache cache = new PriceQuoteCache();
        cache.subscribe((sym, oldP, newP) ->
                System.out.printf("%s moved %.2f -> %.2f%n", sym, oldP, newP));
        ExecutorService feeds = Executors.newFixedThreadPool(2);
        for (String symbol : new String[] {"ACME", "GLOBEX"}) {
            feeds.execute(() -> {
                for (int tick = 0; tick < 50; tick++) {
                    cache.update(symbol, 100 + Math.random());
                }
            });
        }
        feeds.shutdown();
        feeds.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("ACME last = " + cache.lastPrice("ACME"));
    }
}
