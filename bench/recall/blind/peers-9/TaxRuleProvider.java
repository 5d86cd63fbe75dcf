// EXPECT: double-checked-locking @ line 38
package probe9a; import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily loaded tax rules shared by all checkout workers. getInstance is
 * called concurrently from the checkout pool.
 */
public class TaxRuleProvider {

    private static TaxRuleProvider instance;

    private Map<String, BigDecimal> ratesByRegion;
    private BigDecimal defaultRate;
    private String rulesVersion;

    private TaxRuleProvider() {
        load();
    }

    private void load() {
        Map<String, BigDecimal> rates = new HashMap<>();
        rates.put("DE", new BigDecimal("0.19"));
        rates.put("FR", new BigDecimal("0.20"));
        rates.put("NL", new BigDecimal("0.21"));
        rates.put("US-CA", new BigDecimal("0.0725"));
        ratesByRegion = rates;
        defaultRate = new BigDecimal("0.10");
        rulesVersion = "2024.3";
    }

    public static TaxRuleProvider getInstance() {
        if (instance == null) { // BUG: double-checked locking on a non-volatile field; may see a partially constructed provider
            synchronized (TaxRuleProvider.class) {
                if (instance == null) {
                    instance = new TaxRuleProvider();
                }
            }
        }
        return instance;
    }

    public BigDecimal taxFor(String region, BigDecimal netAmount) {
        BigDecimal rate = ratesByRegion.getOrDefault(region, defaultRate);
        return netAmount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    public String rulesVersion() {
        return rulesVersion;
    }

    public static void main(String[] args) throws InterruptedException {
        String[] regions = {"DE", "FR", "NL", "US-CA", "JP"};
        ExecutorService checkout = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 2_000; i++) {
            final String region = regions[i % regions.length];
            final BigDecimal amount = BigDecimal.valueOf(10 + i % 90);
            checkout.submit(() -> TaxRuleProvider.getInstance().taxFor(region, amount));
        }
        checkout.shutdown();
        checkout.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("rules " + TaxRuleProvider.getInstance().rulesVersion());
    }
}
