// EXPECT: none
package probe10c; import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * VAT rates by region. Only the scheduled refresh task (single thread, non-overlapping runs)
 * writes the table; grossAmount() is called concurrently by the pricing workers.
 */
public class TaxRateTable {

    private volatile Map<String, BigDecimal> rates = Collections.emptyMap();

    void refresh() {
        Map<String, BigDecimal> next = new HashMap<>(rates);
        next.putAll(fetchRates()); // OK: mutates a private copy not yet visible to readers; it is published by the volatile write below, and there is only one writer
        rates = Collections.unmodifiableMap(next);
    }

    private static Map<String, BigDecimal> fetchRates() {
        Map<String, BigDecimal> m = new HashMap<>();
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (String region : new String[] {"DE", "FR", "IT", "ES", "NL", "AT", "PL", "SE"}) {
            m.put(region, BigDecimal.valueOf(15 + rnd.nextInt(11)).movePointLeft(2));
        }
        return m;
    }

    public BigDecimal grossAmount(String region, BigDecimal net) {
        BigDecimal rate = rates.get(region);
        if (rate == null) {
            throw new IllegalStateException("no VAT rate for " + region);
        }
        return net.add(net.multiply(rate));
    }

    public static void main(String[] args) throws InterruptedException {
        TaxRateTable table = new TaxRateTable();
        table.refresh();
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleAtFixedRate(table::refresh, 0, 5, TimeUnit.MILLISECONDS);
        Thread[] pricing = new Thread[2];
        for (int w = 0; w < pricing.length; w++) {
            pricing[w] = new Thread(() -> {
                for (int i = 0; i < 100_000; i++) {
                    table.grossAmount(i % 2 == 0 ? "DE" : "SE", BigDecimal.TEN);
                }
            }, "pricing-" + w);
            pricing[w].start();
        }
        for (Thread t : pricing) {
            t.join();
        }
        refresher.shutdownNow();
        refresher.awaitTermination(1, TimeUnit.SECONDS);
    }
}
