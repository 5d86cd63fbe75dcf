// EXPECT: visibility-of-a-stop-state-flag @ line 15
package probe13a; import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Background thread that refreshes FX rates from the rate provider every few hundred
 * milliseconds. The application's shutdown hook calls {@link #shutdown} from another thread.
 */
public class ExchangeRatePoller extends Thread {

    private static final String[] PAIRS = {"EURUSD", "GBPUSD", "USDJPY", "USDCHF"};

    private boolean running = true; // BUG: stop flag is neither volatile nor guarded; the poller may never observe shutdown()
    private volatile Map<String, BigDecimal> latestRates = Map.of();
    private long refreshCount;

    public ExchangeRatePoller() {
        super("fx-rate-poller");
    }

    @Override
    public void run() {
        while (running) {
            Map<String, BigDecimal> fresh = new HashMap<>();
            for (String pair : PAIRS) {
                fresh.put(pair, fetchMid(pair));
            }
            latestRates = Map.copyOf(fresh);
            refreshCount++;
            pauseBriefly();
        }
        System.out.println("fx-rate-poller stopped after " + refreshCount + " refreshes");
    }

    public void shutdown() {
        running = false;
    }

    public BigDecimal rate(String pair) {
        BigDecimal r = latestRates.get(pair);
        if (r == null) {
            throw new IllegalStateException("no rate yet for " + pair);
        }
        return r;
    }

    private BigDecimal fetchMid(String pair) {
        double base = switch (pair) {
            case "EURUSD" -> 1.08;
            case "GBPUSD" -> 1.27;
            case "USDJPY" -> 155.4;
            default -> 0.9;
        };
        return BigDecimal.valueOf(base + ThreadLocalRandom.current().nextDouble(-0.005, 0.005));
    }

    private static void pauseBriefly() {
        long until = System.nanoTime() + 200_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExchangeRatePoller poller = new ExchangeRatePoller();
        poller.start();
        Thread.sleep(300);
        System.out.println("EURUSD = " + poller.rate("EURUSD"));
        Runtime.getRuntime().addShutdownHook(new Thread(poller::shutdown, "fx-shutdown"));
        Thread.sleep(200);
        poller.shutdown();
        poller.join(2_000);
        System.out.println("poller alive after shutdown: " + poller.isAlive());
    }
}
