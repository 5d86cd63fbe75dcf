// EXPECT: double-checked-locking-non-volatile @ line 21
package probe.races;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Lazily loads the pricing rules used by checkout workers. */
public final class PricingRulesLocator {
    private static final Object LOCK = new Object();
    private static PricingRules rules;

    private PricingRulesLocator() {
    }

    public static PricingRules rules() {
        if (rules == null) { // BUG: double-checked locking on a non-volatile field; a reader can see a partially constructed PricingRules
            synchronized (LOCK) {
                if (rules == null) {
                    rules = PricingRules.load();
                }
            }
        }
        return rules;
    }

    static final class PricingRules {
        private Map<String, Double> discountBySku;
        private double vatRate;

        static PricingRules load() {
            PricingRules r = new PricingRules();
            r.discountBySku = new HashMap<>();
            r.discountBySku.put("SKU-1", 0.10);
            r.discountBySku.put("SKU-2", 0.25);
            r.vatRate = 0.20;
            return r;
        }

        double priceOf(String sku, double base) {
            return base * (1 - discountBySku.getOrDefault(sku, 0.0)) * (1 + vatRate);
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService checkoutWorkers = Executors.newFixedThreadPool(8);
        List<Future<Double>> prices = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String sku = "SKU-" + (i % 3);
            double base = 10 + i;
            prices.add(checkoutWorkers.submit(() -> rules().priceOf(sku, base)));
        }
        double total = 0;
        for (Future<Double> f : prices) {
            total += f.get();
        }
        checkoutWorkers.shutdown();
        System.out.printf("basket total %.2f%n", total);
    }
}
