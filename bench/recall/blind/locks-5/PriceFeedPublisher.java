// EXPECT: callback-under-lock-deadlock @ line 37
package probe5.locks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes market prices to registered listeners and keeps the latest quote
 * per symbol. A {@link PortfolioValuator} subscribes to the feed and also
 * queries it when it rebalances.
 */
public class PriceFeedPublisher {

    /** Receives price updates. */
    public interface PriceListener {
        void onPrice(String symbol, double price);
    }

    private final Map<String, Double> latest = new HashMap<>();
    private final List<PriceListener> listeners = new ArrayList<>();

    public synchronized void subscribe(PriceListener listener) {
        listeners.add(listener);
    }

    public synchronized double latestPrice(String symbol) {
        Double price = latest.get(symbol);
        return price == null ? Double.NaN : price;
    }

    /** Records a new quote and fans it out to every subscriber. */
    public synchronized void publish(String symbol, double price) {
        latest.put(symbol, price);
        for (PriceListener listener : listeners) {
            listener.onPrice(symbol, price); // BUG: alien callback under the publisher monitor; valuator locks itself then the publisher in rebalance() -> lock-order deadlock
        }
    }

    /** Values a portfolio of positions; all state guarded by the valuator's monitor. */
    public static final class PortfolioValuator implements PriceListener {
        private final PriceFeedPublisher feed;
        private final Map<String, Long> positions = new HashMap<>();
        private double marketValue;

        public PortfolioValuator(PriceFeedPublisher feed) {
            this.feed = feed;
        }

        public synchronized void hold(String symbol, long quantity) {
            positions.put(symbol, quantity);
        }

        @Override
        public synchronized void onPrice(String symbol, double price) {
            Long qty = positions.get(symbol);
            if (qty != null) {
                marketValue = recompute();
            }
        }

        /** Recomputes the full market value from the feed's latest quotes. */
        public synchronized double rebalance() {
            marketValue = recompute();
            return marketValue;
        }

        private double recompute() {
            double total = 0;
            for (Map.Entry<String, Long> e : positions.entrySet()) {
                double price = feed.latestPrice(e.getKey());
                if (!Double.isNaN(price)) {
                    total += price * e.getValue();
                }
            }
            return total;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriceFeedPublisher feed = new PriceFeedPublisher();
        PortfolioValuator valuator = new PortfolioValuator(feed);
        valuator.hold("ACME", 100);
        feed.subscribe(valuator);
        Thread ticker = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                feed.publish("ACME", 10.0 + (i % 7));
            }
        }, "ticker");
        Thread rebalancer = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                valuator.rebalance();
            }
        }, "rebalancer");
        ticker.start();
        rebalancer.start();
        ticker.join();
        rebalancer.join();
        System.out.println("value=" + valuator.rebalance());
    }
}
