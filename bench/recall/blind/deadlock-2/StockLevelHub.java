// EXPECT: listener-called-under-lock-lock-cycle @ line 31
package probe2.dl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Central stock levels for the warehouse. Interested components register a
 * StockListener; the reorder planner is the main one in production.
 */
public class StockLevelHub {
    public interface StockListener {
        void onLevelChanged(String sku, int level);
    }

    private final Map<String, Integer> levels = new HashMap<>();
    private final List<StockListener> listeners = new ArrayList<>();

    public synchronized void addListener(StockListener listener) {
        listeners.add(listener);
    }

    public synchronized void adjust(String sku, int delta) {
        int level = levels.merge(sku, delta, Integer::sum);
        for (StockListener l : listeners) {
            l.onLevelChanged(sku, level); // BUG: listener called while holding the hub monitor; ReorderPlanner.onLevelChanged needs the planner monitor while ReorderPlanner.replan holds it and calls hub.level() -> deadlock
        }
    }

    public synchronized int level(String sku) {
        return levels.getOrDefault(sku, 0);
    }

    public static final class ReorderPlanner implements StockListener {
        private final StockLevelHub hub;
        private final Map<String, Integer> reorderPoints = new HashMap<>();
        private final Set<String> pendingOrders = new HashSet<>();

        public ReorderPlanner(StockLevelHub hub) {
            this.hub = hub;
        }

        public synchronized void setReorderPoint(String sku, int point) {
            reorderPoints.put(sku, point);
        }

        @Override
        public synchronized void onLevelChanged(String sku, int level) {
            Integer point = reorderPoints.get(sku);
            if (point != null && level < point) {
                pendingOrders.add(sku);
            }
        }

        /** Drops pending orders whose stock recovered (e.g. returns were restocked). */
        public synchronized List<String> replan() {
            List<String> cleared = new ArrayList<>();
            for (Iterator<String> it = pendingOrders.iterator(); it.hasNext(); ) {
                String sku = it.next();
                if (hub.level(sku) >= reorderPoints.get(sku)) {
                    it.remove();
                    cleared.add(sku);
                }
            }
            return cleared;
        }

        public synchronized Set<String> pending() {
            return new HashSet<>(pendingOrders);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StockLevelHub hub = new StockLevelHub();
        ReorderPlanner planner = new ReorderPlanner(hub);
        planner.setReorderPoint("SKU-1", 10);
        hub.addListener(planner);
        Thread picking = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                hub.adjust("SKU-1", (i % 2 == 0) ? -15 : 15);
            }
        }, "picking");
        Thread planning = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                planner.replan();
            }
        }, "planning");
        picking.start();
        planning.start();
        picking.join();
        planning.join();
    }
}
