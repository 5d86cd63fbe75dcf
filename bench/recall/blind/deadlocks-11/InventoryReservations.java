// EXPECT: lock-order-deadlock @ line 64
package probe11c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Reservation service behind the checkout API. placeOrder and cancelOrder are
 * invoked concurrently by the HTTP worker pool.
 */
public class InventoryReservations {

    static final class StockLedger {
        private final Map<String, Integer> available = new HashMap<>();
        private final Map<String, Integer> reserved = new HashMap<>();
        private OrderBook orders;

        void attach(OrderBook orders) {
            this.orders = orders;
        }

        synchronized void restock(String sku, int qty) {
            available.merge(sku, qty, Integer::sum);
        }

        synchronized boolean reserve(String orderId, String sku, int qty) {
            int have = available.getOrDefault(sku, 0);
            if (have < qty) {
                return false;
            }
            available.put(sku, have - qty);
            reserved.merge(sku, qty, Integer::sum);
            orders.recordReservation(orderId, sku, qty);
            return true;
        }

        synchronized void release(String sku, int qty) {
            reserved.merge(sku, -qty, Integer::sum);
            available.merge(sku, qty, Integer::sum);
        }
    }

    static final class OrderBook {
        private final Map<String, String> skuByOrder = new HashMap<>();
        private final Map<String, Integer> qtyByOrder = new HashMap<>();
        private final StockLedger ledger;

        OrderBook(StockLedger ledger) {
            this.ledger = ledger;
        }

        synchronized void recordReservation(String orderId, String sku, int qty) {
            skuByOrder.put(orderId, sku);
            qtyByOrder.put(orderId, qty);
        }

        synchronized boolean cancel(String orderId) {
            String sku = skuByOrder.remove(orderId);
            Integer qty = qtyByOrder.remove(orderId);
            if (sku == null) {
                return false;
            }
            ledger.release(sku, qty); // BUG: takes the ledger monitor while holding the order-book monitor; reserve() takes them in the opposite order
            return true;
        }
    }

    private final StockLedger ledger = new StockLedger();
    private final OrderBook orders = new OrderBook(ledger);

    public InventoryReservations() {
        ledger.attach(orders);
    }

    public void restock(String sku, int qty) {
        ledger.restock(sku, qty);
    }

    public boolean placeOrder(String orderId, String sku, int qty) {
        return ledger.reserve(orderId, sku, qty);
    }

    public boolean cancelOrder(String orderId) {
        return orders.cancel(orderId);
    }

    public static void main(String[] args) throws InterruptedException {
        InventoryReservations service = new InventoryReservations();
        service.restock("SKU-1", 1_000_000);
        ExecutorService http = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String orderId = "order-" + i;
            http.submit(() -> service.placeOrder(orderId, "SKU-1", 1));
            http.submit(() -> service.cancelOrder(orderId));
        }
        http.shutdown();
        http.awaitTermination(30, TimeUnit.SECONDS);
    }
}
