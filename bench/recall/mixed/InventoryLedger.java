// EXPECT: deadlock-lock-order @ line 55
package recall3;

import java.util.HashMap;
import java.util.Map;

/**
 * Inventory and order book of a shop back end. Both objects are shared by the order-intake
 * threads and the cancellation threads. Placing an order locks the inventory and then the
 * order book; cancelling an order locks the order book and then the inventory.
 */
public class InventoryLedger {

    public static final class Inventory {
        private final Map<String, Integer> stock = new HashMap<>();

        public synchronized void addStock(String sku, int qty) {
            stock.merge(sku, qty, Integer::sum);
        }

        public synchronized boolean reserve(String orderId, String sku, int qty, OrderBook book) {
            int available = stock.getOrDefault(sku, 0);
            if (available < qty) {
                return false;
            }
            stock.put(sku, available - qty);
            book.recordReservation(orderId, sku, qty);
            return true;
        }

        synchronized void release(String sku, int qty) {
            stock.merge(sku, qty, Integer::sum);
        }

        public synchronized int available(String sku) {
            return stock.getOrDefault(sku, 0);
        }
    }

    public static final class OrderBook {
        private final Map<String, String> skuByOrder = new HashMap<>();
        private final Map<String, Integer> qtyByOrder = new HashMap<>();

        synchronized void recordReservation(String orderId, String sku, int qty) {
            skuByOrder.put(orderId, sku);
            qtyByOrder.put(orderId, qty);
        }

        public synchronized boolean cancel(String orderId, Inventory inventory) {
            String sku = skuByOrder.remove(orderId);
            if (sku == null) {
                return false;
            }
            int qty = qtyByOrder.remove(orderId);
            inventory.release(sku, qty);
            return true;
        }

        public synchronized int openOrders() {
            return skuByOrder.size();
        }
    }

    private final Inventory inventory = new Inventory();
    private final OrderBook orders = new OrderBook();

    public boolean placeOrder(String orderId, String sku, int qty) {
        return inventory.reserve(orderId, sku, qty, orders);
    }

    public boolean cancelOrder(String orderId) {
        return orders.cancel(orderId, inventory);
    }

    public void restock(String sku, int qty) {
        inventory.addStock(sku, qty);
    }
}
