// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 17
package probe13a; import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Process-wide table of reference rates to USD, loaded lazily on first use. Pricing
 * requests are served by a thread pool, and whichever request arrives first triggers the load.
 */
public class CurrencyRateRegistry {

    private static CurrencyRateRegistry instance; // BUG: double-checked locking on a non-volatile field; readers may see a partly constructed registry

    private Map<String, BigDecimal> ratesToUsd;
    private Instant loadedAt;

    private CurrencyRateRegistry() {
        ratesToUsd = new HashMap<>();
        ratesToUsd.put("USD", BigDecimal.ONE);
        ratesToUsd.put("EUR", new BigDecimal("1.0842"));
        ratesToUsd.put("GBP", new BigDecimal("1.2671"));
        ratesToUsd.put("JPY", new BigDecimal("0.00643"));
        ratesToUsd.put("CHF", new BigDecimal("1.1127"));
        loadedAt = Instant.now();
    }

    public static CurrencyRateRegistry get() {
        if (instance == null) {
            synchronized (CurrencyRateRegistry.class) {
                if (instance == null) {
                    instance = new CurrencyRateRegistry();
                }
            }
        }
        return instance;
    }

    public BigDecimal toUsd(String currency, BigDecimal amount) {
        BigDecimal rate = ratesToUsd.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no reference rate for " + currency);
        }
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pricing = Executors.newFixedThreadPool(6);
        String[] currencies = {"EUR", "GBP", "JPY", "CHF"};
        for (int i = 0; i < 200; i++) {
            String ccy = currencies[i % currencies.length];
            pricing.execute(() -> {
                BigDecimal usd = CurrencyRateRegistry.get().toUsd(ccy, new BigDecimal("100.00"));
                if (usd.signum() <= 0) {
                    System.err.println("bad conversion for " + ccy);
                }
            });
        }
        pricing.shutdown();
        pricing.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("rates loaded at " + CurrencyRateRegistry.get().loadedAt());
    }
}
