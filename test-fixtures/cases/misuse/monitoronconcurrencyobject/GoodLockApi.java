package misuse.monitoronconcurrencyobject;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Inventory that uses the ReentrantLock through its own lock()/unlock() API. */
public class GoodLockApi {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> stock = new HashMap<>();

    public void reserve(String sku, int quantity) {
        lock.lock();
        try {
            stock.merge(sku, -quantity, Integer::sum);
        } finally {
            lock.unlock();
        }
    }

    public int available(String sku) {
        lock.lock();
        try {
            return stock.getOrDefault(sku, 0);
        } finally {
            lock.unlock();
        }
    }
}
