package misuse.monitoronconcurrencyobject;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Inventory that synchronizes on a ReentrantLock object: it takes the object's monitor, which has nothing to do with the Lock, so code using lock() is not excluded. */
public class BadSynchronizedOnReentrantLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> stock = new HashMap<>();

    public void reserve(String sku, int quantity) {
        synchronized (lock) { // expect: MonitorOnConcurrencyObject['synchronized on `lock`, a ReentrantLock']
            stock.merge(sku, -quantity, Integer::sum);
        }
    }

    public int available(String sku) {
        synchronized (lock) { // expect: MonitorOnConcurrencyObject
            return stock.getOrDefault(sku, 0);
        }
    }
}
