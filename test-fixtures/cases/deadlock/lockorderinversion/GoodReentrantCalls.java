package deadlock.lockorderinversion;

import java.util.HashMap;
import java.util.Map;

/** Synchronized methods calling other synchronized methods of the same object re-enter the monitor the thread already holds: no second lock, no ordering, no deadlock. */
public final class GoodReentrantCalls {
    private final Map<String, Integer> stock = new HashMap<>();
    private final Map<String, Integer> reserved = new HashMap<>();

    public synchronized int available(String item) {
        return stock.getOrDefault(item, 0) - reserved.getOrDefault(item, 0);
    }

    public synchronized boolean reserve(String item, int quantity) {
        if (available(item) < quantity) {
            return false;
        }
        reserved.merge(item, quantity, Integer::sum);
        return true;
    }

    public synchronized int restock(String item, int quantity) {
        stock.merge(item, quantity, Integer::sum);
        return available(item);
    }
}
