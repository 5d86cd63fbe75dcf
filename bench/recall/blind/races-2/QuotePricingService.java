// EXPECT: completablefuture-continuation-reads-guarded-field @ line 40
package probe2.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Converts catalog base prices into the storefront currency. The FX rate is
 * refreshed by a background feed; quotes are computed asynchronously.
 */
public class QuotePricingService {
    private double fxRate = 1.0;
    private long rateVersion;
    private long lastRateUpdateMillis;

    public synchronized void updateRate(double newRate) {
        if (newRate <= 0) {
            throw new IllegalArgumentException("rate must be positive");
        }
        fxRate = newRate;
        rateVersion++;
        lastRateUpdateMillis = System.currentTimeMillis();
    }

    public synchronized double currentRate() {
        return fxRate;
    }

    public synchronized long rateVersion() {
        return rateVersion;
    }

    public synchronized boolean rateStale(long maxAgeMillis) {
        return System.currentTimeMillis() - lastRateUpdateMillis > maxAgeMillis;
    }

    public CompletableFuture<Double> quote(String sku) {
        return CompletableFuture.supplyAsync(() -> lookupBasePrice(sku))
                .thenApply(base -> base * fxRate) // BUG: continuation on the common pool reads fxRate without the lock used by updateRate
                .thenApply(QuotePricingService::roundToCents);
    }

    private static double lookupBasePrice(String sku) {
        int h = Math.abs(sku.hashCode() % 10_000);
        return 5.0 + h / 100.0;
    }

    private static double roundToCents(double amount) {
        return Math.round(amount * 100.0) / 100.0;
    }

    public static void main(String[] args) {
        QuotePricingService pricing = new QuotePricingService();
        Thread feed = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                pricing.updateRate(0.9 + (i % 20) / 100.0);
            }
        }, "fx-feed");
        feed.start();
        List<CompletableFuture<Double>> quotes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            quotes.add(pricing.quote("SKU-" + i));
        }
        double sum = 0;
        for (CompletableFuture<Double> q : quotes) {
            sum += q.join();
        }
        System.out.println("sum=" + sum + " version=" + pricing.rateVersion());
    }
}
