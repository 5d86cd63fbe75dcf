// EXPECT: unsafe-lazy-init @ line 47
package probe6a;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Supplies the currently active pricing rules to the checkout service.
 *
 * <p>The configuration is expensive to build (it is normally fetched from the config service),
 * so it is loaded lazily on first use. {@link #current()} is called by every checkout request
 * thread.
 */
public final class PricingConfigProvider {

    /** Immutable-looking value object, but its fields are not final. */
    public static final class PricingConfig {
        private Map<String, BigDecimal> vatRateByCountry;
        private BigDecimal freeShippingThreshold;
        private int maxDiscountPercent;

        PricingConfig(Map<String, BigDecimal> vat, BigDecimal freeShipping, int maxDiscount) {
            this.vatRateByCountry = vat;
            this.freeShippingThreshold = freeShipping;
            this.maxDiscountPercent = maxDiscount;
        }

        BigDecimal vatRate(String country) {
            return vatRateByCountry.getOrDefault(country, BigDecimal.ZERO);
        }

        BigDecimal freeShippingThreshold() {
            return freeShippingThreshold;
        }

        int maxDiscountPercent() {
            return maxDiscountPercent;
        }
    }

    private PricingConfig config;

    public PricingConfig current() {
        if (config == null) { // BUG: double-checked locking on a non-volatile field; readers may see a partially constructed PricingConfig
            synchronized (this) {
                if (config == null) {
                    config = loadFromConfigService();
                }
            }
        }
        return config;
    }

    private PricingConfig loadFromConfigService() {
        return new PricingConfig(
                Map.of("DE", new BigDecimal("0.19"), "FR", new BigDecimal("0.20"), "NL", new BigDecimal("0.21")),
                new BigDecimal("49.00"),
                30);
    }

    /** Checkout request handler; many container threads call this concurrently. */
    static BigDecimal handleQuote(PricingConfigProvider provider, String country, BigDecimal net) {
        PricingConfig cfg = provider.current();
        BigDecimal gross = net.add(net.multiply(cfg.vatRate(country)));
        return gross.compareTo(cfg.freeShippingThreshold()) >= 0 ? gross : gross.add(new BigDecimal("4.95"));
    }

    public static void main(String[] args) throws InterruptedException {
        PricingConfigProvider provider = new PricingConfigProvider();
        ExecutorService requestThreads = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 64; i++) {
            requestThreads.execute(() -> handleQuote(provider, "DE", new BigDecimal("42.00")));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
