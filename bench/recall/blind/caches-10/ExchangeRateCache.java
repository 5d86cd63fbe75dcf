// EXPECT: volatile-mutable-contents @ line 20
package probe10c; import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Exchange rates used to normalise amounts. A scheduled task refreshes the rates every few
 * seconds; convert() is called concurrently by the conversion workers.
 */
public class ExchangeRateCache {

    private volatile Map<String, BigDecimal> rates = new HashMap<>();

    void refresh() {
        Map<String, BigDecimal> loaded = fetchRates();
        rates.putAll(loaded); // BUG: volatile only publishes the reference; the shared HashMap is mutated in place while workers call get() on it
    }

    private static Map<String, BigDecimal> fetchRates() {
        Map<String, BigDecimal> m = new HashMap<>();
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (String ccy : new String[] {"USD", "GBP", "CHF", "JPY", "SEK", "PLN", "NOK", "DKK"}) {
            m.put(ccy, BigDecimal.valueOf(0.5 + rnd.nextDouble()));
        }
        return m;
    }

    public BigDecimal toEur(String currency, BigDecimal amount) {
        if ("EUR".equals(currency)) {
            return amount;
        }
        BigDecimal rate = rates.get(currency);
        if (rate == null) {
            throw new IllegalStateException("no rate for " + currency);
        }
        return amount.multiply(rate);
    }

    public static void main(String[] args) throws InterruptedException {
        ExchangeRateCache cache = new ExchangeRateCache();
        cache.refresh();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(3);
        scheduler.scheduleAtFixedRate(cache::refresh, 0, 5, TimeUnit.MILLISECONDS);
        for (int w = 0; w < 2; w++) {
            scheduler.execute(() -> {
                for (int i = 0; i < 100_000; i++) {
                    cache.toEur(i % 2 == 0 ? "USD" : "SEK", BigDecimal.TEN);
                }
            });
        }
        Thread.sleep(500);
        scheduler.shutdownNow();
        scheduler.awaitTermination(1, TimeUnit.SECONDS);
    }
}
