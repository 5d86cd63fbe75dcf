// EXPECT: none
package probe8a; import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Currency conversion used by the checkout handlers. The service is a singleton
 * and convert() is called concurrently by request handler threads. The rate
 * table is loaded lazily from disk the first time it is needed.
 */
public class CurrencyRateService {

    static final class RateTable {
        private final Map<String, BigDecimal> perEuro;

        private RateTable(Map<String, BigDecimal> perEuro) {
            this.perEuro = Map.copyOf(perEuro);
        }

        static RateTable load(Path file) {
            Map<String, BigDecimal> rates = new HashMap<>();
            try {
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.split("=");
                    if (parts.length == 2) {
                        rates.put(parts[0].trim(), new BigDecimal(parts[1].trim()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rates.put("EUR", BigDecimal.ONE);
            return new RateTable(rates);
        }

        BigDecimal rate(String currency) {
            BigDecimal r = perEuro.get(currency);
            if (r == null) {
                throw new IllegalArgumentException("unknown currency " + currency);
            }
            return r;
        }
    }

    private final Path ratesFile;
    private volatile RateTable rates;

    public CurrencyRateService(Path ratesFile) {
        this.ratesFile = ratesFile;
    }

    public BigDecimal convert(BigDecimal amount, String from, String to) {
        RateTable table = rates;
        if (table == null) { // OK: double-checked locking on a volatile field, re-checked under the lock
            synchronized (this) {
                table = rates;
                if (table == null) {
                    table = RateTable.load(ratesFile);
                    rates = table;
                }
            }
        }
        BigDecimal inEuro = amount.divide(table.rate(from), 10, RoundingMode.HALF_EVEN);
        return inEuro.multiply(table.rate(to)).setScale(2, RoundingMode.HALF_EVEN);
    }
}
