// EXPECT: none
package probe5.locks;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves stock units between warehouses. Each warehouse's stock level is
 * guarded by the warehouse monitor and a transfer holds both monitors.
 */
// OK: both warehouse monitors are always acquired in ascending unique-id order, so no lock cycle can form
public class WarehouseStockTransfer {

    private static final AtomicLong ID_SEQUENCE = new AtomicLong();

    /** A warehouse with a unique, immutable id; stock guarded by its monitor. */
    public static final class Warehouse {
        private final long id = ID_SEQUENCE.incrementAndGet();
        private final String name;
        private long units;

        public Warehouse(String name, long units) {
            this.name = name;
            this.units = units;
        }

        public String name() {
            return name;
        }

        public synchronized long units() {
            return units;
        }
    }

    /**
     * Moves {@code quantity} units from {@code source} to {@code target}.
     *
     * @return {@code false} if the source does not hold enough stock
     */
    public boolean transfer(Warehouse source, Warehouse target, long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (source == target) {
            throw new IllegalArgumentException("source and target must differ");
        }
        Warehouse first = source.id < target.id ? source : target;
        Warehouse second = first == source ? target : source;
        synchronized (first) {
            synchronized (second) {
                if (source.units < quantity) {
                    return false;
                }
                source.units -= quantity;
                target.units += quantity;
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        WarehouseStockTransfer transfers = new WarehouseStockTransfer();
        Warehouse north = new Warehouse("north", 5_000);
        Warehouse south = new Warehouse("south", 5_000);
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                transfers.transfer(north, south, 1);
            }
        }, "north-to-south");
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                transfers.transfer(south, north, 1);
            }
        }, "south-to-north");
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("north=" + north.units() + " south=" + south.units()
                + " total=" + (north.units() + south.units()));
    }
}
