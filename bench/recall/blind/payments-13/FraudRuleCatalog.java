// EXPECT: none
package probe13a; import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily loaded catalog of fraud-score thresholds per merchant category code. Scoring
 * requests run on the authorization thread pool; the first one to need the catalog loads it.
 */
public class FraudRuleCatalog {

    private static volatile FraudRuleCatalog instance; // OK: volatile makes the double-checked publication safe

    private Map<String, Integer> declineThresholdByMcc;
    private int defaultThreshold;
    private Instant loadedAt;

    private FraudRuleCatalog() {
        declineThresholdByMcc = new HashMap<>();
        declineThresholdByMcc.put("5411", 880);
        declineThresholdByMcc.put("5732", 760);
        declineThresholdByMcc.put("5944", 700);
        declineThresholdByMcc.put("7995", 620);
        defaultThreshold = 850;
        loadedAt = Instant.now();
    }

    public static FraudRuleCatalog get() {
        FraudRuleCatalog local = instance;
        if (local == null) {
            synchronized (FraudRuleCatalog.class) {
                local = instance;
                if (local == null) {
                    local = new FraudRuleCatalog();
                    instance = local;
                }
            }
        }
        return local;
    }

    public boolean shouldDecline(String mcc, int fraudScore) {
        return fraudScore >= declineThresholdByMcc.getOrDefault(mcc, defaultThreshold);
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService authorizations = Executors.newFixedThreadPool(6);
        String[] mccs = {"5411", "5732", "5944", "7995", "4111"};
        for (int i = 0; i < 200; i++) {
            String mcc = mccs[i % mccs.length];
            int score = (i * 37) % 1000;
            authorizations.execute(() -> {
                if (FraudRuleCatalog.get().shouldDecline(mcc, score)) {
                    System.out.println("decline mcc=" + mcc + " score=" + score);
                }
            });
        }
        authorizations.shutdown();
        authorizations.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("catalog loaded at " + FraudRuleCatalog.get().loadedAt());
    }
}
