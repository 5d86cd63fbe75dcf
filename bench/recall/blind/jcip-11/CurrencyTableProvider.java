// EXPECT: none
package probe11a; import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Supplies the table of ISO currency metadata used when formatting amounts. The table is
 * loaded lazily because most batch jobs never format money. Formatting is done by the
 * worker threads of the invoice export pool.
 */
public class CurrencyTableProvider {

    static final class CurrencyTable {
        private final Map<String, Integer> minorUnits;

        CurrencyTable(Map<String, Integer> minorUnits) {
            this.minorUnits = Map.copyOf(minorUnits);
        }

        int minorUnits(String code) {
            return minorUnits.getOrDefault(code, 2);
        }
    }

    private final Object loadLock = new Object();
    private volatile CurrencyTable table;

    public CurrencyTable table() {
        CurrencyTable local = table;
        if (local == null) { // OK: field is volatile and the null check is repeated under loadLock before assigning (correct double-checked locking)
            synchronized (loadLock) {
                local = table;
                if (local == null) {
                    local = load();
                    table = local;
                }
            }
        }
        return local;
    }

    private static CurrencyTable load() {
        Map<String, Integer> units = new HashMap<>();
        units.put("EUR", 2);
        units.put("USD", 2);
        units.put("JPY", 0);
        units.put("KWD", 3);
        return new CurrencyTable(units);
    }

    public String format(String code, long minorAmount) {
        int scale = table().minorUnits(code);
        return BigDecimal.valueOf(minorAmount, scale).toPlainString() + " " + code;
    }

    public static void main(String[] args) throws InterruptedException {
        CurrencyTableProvider provider = new CurrencyTableProvider();
        String[] codes = {"EUR", "USD", "JPY", "KWD"};
        ExecutorService exportPool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            String code = codes[i % codes.length];
            long amount = 100_000L + i;
            exportPool.execute(() -> System.out.println(provider.format(code, amount)));
        }
        exportPool.shutdown();
        exportPool.awaitTermination(30, TimeUnit.SECONDS);
    }
}
