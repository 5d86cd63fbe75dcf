// EXPECT: none
package probe14a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily loads the currency conversion lookup table used by the enrichment
 * stage. Enrichment workers from the pipeline pool call {@link #rates()}
 * concurrently while processing rows.
 */
public class LookupTableCache {

    static final class RateTable {
        private Map<String, Double> rates;
        private String version;

        RateTable() {
        }

        void populate(String version, Map<String, Double> source) {
            this.rates = new HashMap<>(source);
            this.version = version;
        }

        double toEuro(String currency, double amount) {
            Double rate = rates.get(currency);
            if (rate == null) {
                throw new IllegalArgumentException("no rate for " + currency + " in " + version);
            }
            return amount * rate;
        }
    }

    private final String source;
    private volatile RateTable table; // OK: volatile write after full construction makes the double-checked locking publication safe

    public LookupTableCache(String source) {
        this.source = source;
    }

    public RateTable rates() {
        RateTable t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = new RateTable();
                    t.populate(source + "@v1", download(source));
                    table = t;
                }
            }
        }
        return t;
    }

    private static Map<String, Double> download(String source) {
        return Map.of("EUR", 1.0, "USD", 0.92, "GBP", 1.17, "CHF", 1.04);
    }

    public double enrich(String currency, double amount) {
        return rates().toEuro(currency, amount);
    }

    public static void main(String[] args) throws InterruptedException {
        LookupTableCache cache = new LookupTableCache("s3://ref-data/fx");
        ExecutorService workers = Executors.newFixedThreadPool(6);
        String[] currencies = {"EUR", "USD", "GBP", "CHF"};
        for (int i = 0; i < 1000; i++) {
            final int n = i;
            workers.submit(() -> cache.enrich(currencies[n % currencies.length], n));
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
