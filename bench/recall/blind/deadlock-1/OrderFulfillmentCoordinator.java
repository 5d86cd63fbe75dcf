// EXPECT: lock-order-inversion @ line 55
package probe.dl;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps warehouse stock and the product catalog in step. Reservations flow
 * warehouse -> catalog; discontinuations flow catalog -> warehouse.
 */
public class OrderFulfillmentCoordinator {

    static final class Warehouse {
        private final Map<String, Integer> stock = new HashMap<>();
        private volatile Catalog catalog;

        void attach(Catalog c) {
            this.catalog = c;
        }

        synchronized void restock(String sku, int qty) {
            stock.merge(sku, qty, Integer::sum);
        }

        synchronized boolean reserve(String sku, int qty) {
            int onHand = stock.getOrDefault(sku, 0);
            if (onHand < qty) {
                return false;
            }
            stock.put(sku, onHand - qty);
            catalog.recordReservation(sku, qty);
            return true;
        }

        synchronized void purge(String sku) {
            stock.remove(sku);
        }
    }

    static final class Catalog {
        private final Map<String, Integer> reserved = new HashMap<>();
        private final Warehouse warehouse;

        Catalog(Warehouse warehouse) {
            this.warehouse = warehouse;
        }

        synchronized void recordReservation(String sku, int qty) {
            reserved.merge(sku, qty, Integer::sum);
        }

        synchronized void discontinue(String sku) {
            reserved.remove(sku);
            warehouse.purge(sku); // BUG: Catalog->Warehouse lock order, while Warehouse.reserve() holds Warehouse and calls into Catalog
        }
    }

    public static void main(String[] args) {
        Warehouse warehouse = new Warehouse();
        Catalog catalog = new Catalog(warehouse);
        warehouse.attach(catalog);
        warehouse.restock("SKU-1", 1_000);
        CompletableFuture<Void> orders = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10_000; i++) {
                warehouse.reserve("SKU-1", 1);
            }
        });
        CompletableFuture<Void> catalogMaintenance = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10_000; i++) {
                catalog.discontinue("SKU-1");
                warehouse.restock("SKU-1", 5);
            }
        });
        CompletableFuture.allOf(orders, catalogMaintenance).join();
        System.out.println("done");
    }
}
