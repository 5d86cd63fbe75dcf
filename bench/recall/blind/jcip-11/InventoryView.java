// EXPECT: this-escape @ line 46
package probe11a; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps a per-warehouse view of stock levels, updated from the stock event bus. The bus
 * delivers events on its own dispatcher thread while UI threads query the view.
 */
public class InventoryView {

    public record StockChanged(String warehouse, String sku, int delta) { }

    public static final class StockEventBus implements Runnable {
        private final List<Consumer<StockChanged>> subscribers = new CopyOnWriteArrayList<>();
        private volatile boolean running = true;

        public void subscribe(Consumer<StockChanged> subscriber) {
            subscribers.add(subscriber);
        }

        public void stop() {
            running = false;
        }

        @Override
        public void run() {
            int tick = 0;
            while (running) {
                StockChanged event = new StockChanged("WH-" + (tick % 2), "SKU-" + (tick % 5), 1);
                for (Consumer<StockChanged> s : subscribers) {
                    s.accept(event);
                }
                tick++;
            }
        }
    }

    private final String warehouse;
    private final Map<String, Integer> levels;
    private final int lowStockThreshold;

    public InventoryView(StockEventBus bus, String warehouse, int lowStockThreshold) {
        bus.subscribe(this::onStockChanged); // BUG: 'this' escapes to the bus dispatcher thread before warehouse/levels are assigned; events can hit a half-constructed view (NPE)
        this.warehouse = warehouse;
        this.levels = new HashMap<>();
        this.lowStockThreshold = lowStockThreshold;
    }

    private synchronized void onStockChanged(StockChanged event) {
        if (!warehouse.equals(event.warehouse())) {
            return;
        }
        levels.merge(event.sku(), event.delta(), Integer::sum);
    }

    public synchronized int level(String sku) {
        return levels.getOrDefault(sku, 0);
    }

    public synchronized boolean isLow(String sku) {
        return levels.getOrDefault(sku, 0) < lowStockThreshold;
    }

    public static void main(String[] args) throws InterruptedException {
        StockEventBus bus = new StockEventBus();
        Thread dispatcher = new Thread(bus, "stock-bus");
        dispatcher.start();

        InventoryView north = new InventoryView(bus, "WH-0", 10);
        InventoryView south = new InventoryView(bus, "WH-1", 10);
        Thread.sleep(100);
        System.out.println("WH-0 SKU-1 = " + north.level("SKU-1") + ", WH-1 low? " + south.isLow("SKU-2"));

        bus.stop();
        dispatcher.join();
    }
}
