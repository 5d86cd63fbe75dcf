// EXPECT: lock-order-deadlock-across-classes @ line 31
package probe10b; import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Wires an order book to a pre-trade risk gate. Client sessions submit orders
 * from the gateway pool; the risk desk thread tightens limits at any time and
 * pulls resting orders of accounts that are over the new limit.
 */
public class TradingVenue {

    record Order(long id, String account, long qty, long price) {
        long notional() {
            return qty * price;
        }
    }

    static final class OrderBook {
        private final Map<Long, Order> resting = new HashMap<>();
        private RiskGate risk;

        void attach(RiskGate gate) {
            this.risk = gate;
        }

        synchronized boolean submit(Order order) {
            if (!risk.approve(order)) { // BUG: holds book monitor while taking risk monitor; tightenLimit takes risk then book
                return false;
            }
            resting.put(order.id(), order);
            return true;
        }

        synchronized int cancelAccount(String account) {
            int cancelled = 0;
            Iterator<Order> it = resting.values().iterator();
            while (it.hasNext()) {
                if (it.next().account().equals(account)) {
                    it.remove();
                    cancelled++;
                }
            }
            return cancelled;
        }

        synchronized int depth() {
            return resting.size();
        }
    }

    static final class RiskGate {
        private final Map<String, Long> exposure = new HashMap<>();
        private final Map<String, Long> limits = new HashMap<>();
        private final OrderBook book;

        RiskGate(OrderBook book) {
            this.book = book;
        }

        synchronized boolean approve(Order order) {
            long current = exposure.getOrDefault(order.account(), 0L);
            long limit = limits.getOrDefault(order.account(), Long.MAX_VALUE);
            if (current + order.notional() > limit) {
                return false;
            }
            exposure.put(order.account(), current + order.notional());
            return true;
        }

        synchronized void tightenLimit(String account, long newLimit) {
            limits.put(account, newLimit);
            if (exposure.getOrDefault(account, 0L) > newLimit) {
                int pulled = book.cancelAccount(account);
                exposure.put(account, 0L);
                System.out.println("pulled " + pulled + " orders for " + account);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OrderBook book = new OrderBook();
        RiskGate gate = new RiskGate(book);
        book.attach(gate);

        ExecutorService gateway = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            long id = i;
            gateway.submit(() -> book.submit(new Order(id, "ACC" + (id % 7), 10, 100)));
        }

        Thread riskDesk = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                gate.tightenLimit("ACC" + (i % 7), 5_000);
            }
        }, "risk-desk");
        riskDesk.start();

        riskDesk.join();
        gateway.shutdown();
        gateway.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("depth=" + book.depth());
    }
}
