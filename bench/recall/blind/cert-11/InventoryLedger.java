// EXPECT: sync-on-lock-object @ line 48
package probe11b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tracks stock on hand per SKU. Order handlers call reserve() from the order pool while the
 * warehouse feed calls restock() from a scheduled thread.
 */
public class InventoryLedger {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> onHand = new HashMap<>();
    private final ExecutorService orderPool = Executors.newFixedThreadPool(8);
    private final ScheduledExecutorService feed = Executors.newSingleThreadScheduledExecutor();

    public void placeOrder(String sku, int quantity) {
        orderPool.execute(() -> {
            if (!reserve(sku, quantity)) {
                System.out.println("backorder " + sku + " x" + quantity);
            }
        });
    }

    public void startWarehouseFeed(String sku, int batch) {
        feed.scheduleAtFixedRate(() -> restock(sku, batch), 0, 100, TimeUnit.MILLISECONDS);
    }

    public boolean reserve(String sku, int quantity) {
        lock.lock();
        try {
            int available = onHand.getOrDefault(sku, 0);
            if (available < quantity) {
                return false;
            }
            onHand.put(sku, available - quantity);
            return true;
        } finally {
            lock.unlock();
        }
    }

    public void restock(String sku, int quantity) {
        synchronized (lock) { // BUG: takes the ReentrantLock's monitor, not the lock itself, so it does not exclude reserve()
            onHand.merge(sku, quantity, Integer::sum);
        }
    }

    public int available(String sku) {
        lock.lock();
        try {
            return onHand.getOrDefault(sku, 0);
        } finally {
            lock.unlock();
        }
    }

    public void shutdown() throws InterruptedException {
        feed.shutdown();
        orderPool.shutdown();
        orderPool.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        InventoryLedger ledger = new InventoryLedger();
        ledger.startWarehouseFeed("SKU-1", 50);
        for (int i = 0; i < 500; i++) {
            ledger.placeOrder("SKU-1", 1);
        }
        ledger.shutdown();
        System.out.println("left: " + ledger.available("SKU-1"));
    }
}
