// EXPECT: lock-order-inversion-cross-class-synchronized @ line 30
package probe2.dl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wires the matching engine's order book to the intraday risk monitor.
 * Fills flow book -> risk; the periodic breach sweep flows risk -> book.
 */
public class OrderBookRiskBridge {

    public static final class OrderBook {
        private final Map<String, Long> resting = new HashMap<>();
        private final RiskMonitor risk;

        public OrderBook(RiskMonitor risk) {
            this.risk = risk;
        }

        public synchronized void rest(String symbol, long qty) {
            resting.merge(symbol, qty, Long::sum);
        }

        public synchronized void fill(String symbol, long qty, double price) {
            long left = resting.getOrDefault(symbol, 0L) - qty;
            resting.put(symbol, Math.max(0L, left));
            risk.recordExposure(symbol, qty * price); // BUG: holds OrderBook monitor and takes RiskMonitor's; RiskMonitor.sweepBreaches takes them in the reverse order
        }

        public synchronized long restingQty(String symbol) {
            return resting.getOrDefault(symbol, 0L);
        }
    }

    public static final class RiskMonitor {
        private final Map<String, Double> exposure = new HashMap<>();
        private final double perSymbolLimit;
        private volatile OrderBook book;

        public RiskMonitor(double perSymbolLimit) {
            this.perSymbolLimit = perSymbolLimit;
        }

        public void bind(OrderBook book) {
            this.book = book;
        }

        public synchronized void recordExposure(String symbol, double notional) {
            exposure.merge(symbol, notional, Double::sum);
        }

        public synchronized List<String> sweepBreaches() {
            List<String> breaches = new ArrayList<>();
            for (Map.Entry<String, Double> e : exposure.entrySet()) {
                if (e.getValue() > perSymbolLimit && book.restingQty(e.getKey()) > 0) {
                    breaches.add(e.getKey());
                }
            }
            return breaches;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RiskMonitor risk = new RiskMonitor(50_000.0);
        OrderBook book = new OrderBook(risk);
        risk.bind(book);
        book.rest("ACME", 1_000_000);

        Thread matcher = new Thread(() -> {
            for (int i = 0; i < 200_000; i++) {
                book.fill("ACME", 1, 101.25);
            }
        }, "matcher");
        Thread sweeper = new Thread(() -> {
            for (int i = 0; i < 200_000; i++) {
                risk.sweepBreaches();
            }
        }, "risk-sweeper");
        matcher.start();
        sweeper.start();
        matcher.join();
        sweeper.join();
    }
}
