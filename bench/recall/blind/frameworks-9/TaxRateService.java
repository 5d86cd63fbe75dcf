// EXPECT: none
package probe9c; import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Computes VAT for checkout lines.
 *
 * Singleton Spring bean; CheckoutController calls {@link #taxFor} from every
 * Tomcat request thread concurrently.
 */
@Service
public class TaxRateService {

    public record TaxLine(String region, BigDecimal net, BigDecimal rate, BigDecimal tax, BigDecimal gross) { }

    private final Map<String, BigDecimal> standardRates = Map.of(
            "DE", new BigDecimal("0.19"),
            "FR", new BigDecimal("0.20"),
            "NL", new BigDecimal("0.21"),
            "IE", new BigDecimal("0.23"));

    private final Map<String, BigDecimal> reducedRates = Map.of(
            "DE", new BigDecimal("0.07"),
            "FR", new BigDecimal("0.055"),
            "NL", new BigDecimal("0.09"),
            "IE", new BigDecimal("0.135"));

    private final AtomicLong lookups = new AtomicLong();

    private final RoundingMode rounding;

    public TaxRateService() {
        this.rounding = RoundingMode.HALF_UP;
    }

    public TaxLine taxFor(String region, BigDecimal net, boolean reduced) {
        lookups.incrementAndGet();
        Map<String, BigDecimal> table = reduced ? reducedRates : standardRates;
        BigDecimal rate = table.get(region); // OK: final field holding an immutable Map.of, never mutated; per-request values live in locals
        if (rate == null) {
            throw new IllegalArgumentException("no VAT table for region " + region);
        }
        BigDecimal tax = net.multiply(rate).setScale(2, rounding);
        return new TaxLine(region, net, rate, tax, net.add(tax));
    }

    public long lookupCount() {
        return lookups.get();
    }
}
