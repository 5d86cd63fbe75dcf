// EXPECT: unreleased-lock @ line 29
package probe9a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stock levels per SKU for the warehouse service. reserve and restock are
 * called concurrently by order-processing workers and the receiving dock feed.
 */
public class InventoryLedger {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> stock = new HashMap<>();

    public void restock(String sku, int quantity) {
        lock.lock();
        try {
            stock.merge(sku, quantity, Integer::sum);
        } finally {
            lock.unlock();
        }
    }

    public void reserve(String sku, int quantity) {
        lock.lock(); // BUG: unlock is skipped when the validation below throws, leaving the lock held forever
        int available = stock.getOrDefault(sku, 0);
        if (quantity <= 0 || quantity > available) {
            throw new IllegalArgumentException("cannot reserve " + quantity + " of " + sku + ", available " + available);
        }
        stock.put(sku, available - quantity);
        lock.unlock();
    }

    public int available(String sku) {
        lock.lock();
        try {
            return stock.getOrDefault(sku, 0);
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        InventoryLedger ledger = new InventoryLedger();
        ledger.restock("sku-1", 100);
        ledger.restock("sku-2", 100);

        AtomicInteger rejected = new AtomicInteger();
        ExecutorService orders = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 1_000; i++) {
            final String sku = "sku-" + (1 + i % 2);
            final int qty = 1 + i % 4;
            orders.submit(() -> {
                try {
                    ledger.reserve(sku, qty);
                } catch (IllegalArgumentException e) {
                    rejected.incrementAndGet();
                }
            });
        }

        Thread dock = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                ledger.restock("sku-" + (1 + i % 2), 10);
            }
        }, "receiving-dock");
        dock.start();

        orders.shutdown();
        orders.awaitTermination(10, TimeUnit.SECONDS);
        dock.join(10_000);
        System.out.println("rejected=" + rejected.get());
    }
}
