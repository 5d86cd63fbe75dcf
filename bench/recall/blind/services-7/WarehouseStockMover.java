// EXPECT: none
package probe7a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Inventory service: moves stock between warehouses (store restocking from a
 * hub, returns flowing back to the hub). Calls arrive on arbitrary request threads.
 */
public class WarehouseStockMover {

    static final class Warehouse {
        final int id;
        final ReentrantLock lock = new ReentrantLock();
        final Map<String, Integer> onHand = new HashMap<>(); // guarded by lock

        private Warehouse(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, Warehouse> warehouses = new ConcurrentHashMap<>();

    public Warehouse register(int id) {
        return warehouses.computeIfAbsent(id, Warehouse::new);
    }

    /** Hub -> store: locks "hub then store" from the caller's point of view. */
    public boolean restockStore(Warehouse hub, Warehouse store, String sku, int qty) {
        return move(hub, store, sku, qty);
    }

    /** Store -> hub: the opposite direction of restockStore. */
    public boolean returnToHub(Warehouse store, Warehouse hub, String sku, int qty) {
        return move(store, hub, sku, qty);
    }

    private boolean move(Warehouse from, Warehouse to, String sku, int qty) {
        if (from.id == to.id) {
            throw new IllegalArgumentException("source and target are the same warehouse");
        }
        Warehouse first = from.id < to.id ? from : to;
        Warehouse second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock(); // OK: although restockStore and returnToHub pass the warehouses in opposite orders, move() always acquires the lower id first, and ids are unique (registry keyed by id), so there is a single global lock order and no cycle
            try {
                int available = from.onHand.getOrDefault(sku, 0);
                if (available < qty) {
                    return false;
                }
                from.onHand.put(sku, available - qty);
                to.onHand.merge(sku, qty, Integer::sum);
                return true;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    public void receive(Warehouse w, String sku, int qty) {
        w.lock.lock();
        try {
            w.onHand.merge(sku, qty, Integer::sum);
        } finally {
            w.lock.unlock();
        }
    }

    public int onHand(Warehouse w, String sku) {
        w.lock.lock();
        try {
            return w.onHand.getOrDefault(sku, 0);
        } finally {
            w.lock.unlock();
        }
    }
}
