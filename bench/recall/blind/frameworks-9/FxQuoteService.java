// EXPECT: spring-singleton-field-race @ line 37
package probe9c; import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Produces customer-facing FX quotes (mid rate plus spread).
 *
 * Singleton Spring bean; QuoteController calls {@link #quote} from every
 * Tomcat request thread concurrently.
 */
@Service
public class FxQuoteService {

    public record Quote(String pair, BigDecimal rate, BigDecimal amount, BigDecimal converted) { }

    private static final BigDecimal SPREAD = new BigDecimal("1.0035");

    private final Map<String, BigDecimal> midRates = new ConcurrentHashMap<>();

    private String pair;
    private BigDecimal customerRate;

    public FxQuoteService() {
        midRates.put("EURUSD", new BigDecimal("1.0871"));
        midRates.put("GBPUSD", new BigDecimal("1.2702"));
        midRates.put("USDJPY", new BigDecimal("151.32"));
        midRates.put("EURGBP", new BigDecimal("0.8559"));
    }

    public Quote quote(String from, String to, BigDecimal amount) {
        pair = from.toUpperCase() + to.toUpperCase();
        BigDecimal mid = fetchMidRate(pair);
        customerRate = mid.multiply(SPREAD).setScale(6, RoundingMode.HALF_UP); // BUG: per-request rate written to a field of the singleton bean; a concurrent quote can overwrite it before convert() reads it
        return new Quote(pair, customerRate, amount, convert(amount));
    }

    private BigDecimal convert(BigDecimal amount) {
        return amount.multiply(customerRate).setScale(2, RoundingMode.HALF_EVEN);
    }

    private BigDecimal fetchMidRate(String key) {
        BigDecimal rate = midRates.get(key);
        if (rate == null) {
            throw new IllegalArgumentException("unsupported currency pair " + key);
        }
        simulateUpstreamLatency();
        return rate;
    }

    public void updateMidRate(String key, BigDecimal rate) {
        midRates.put(key, rate);
    }

    private static void simulateUpstreamLatency() {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
