// EXPECT: none
package probe11c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Allocates bin stock to pick lists for the warehouse floor app. allocate and
 * release are invoked concurrently by the scanner-gateway worker pool.
 * Lock order everywhere: BinStock first, then PickLists.
 */
public class PickingAllocations {

    static final class BinStock {
        private final Map<String, Integer> onHand = new HashMap<>();
        private final Map<String, Integer> allocated = new HashMap<>();
        private PickLists pickLists;

        void attach(PickLists pickLists) {
            this.pickLists = pickLists;
        }

        synchronized void receive(String bin, int qty) {
            onHand.merge(bin, qty, Integer::sum);
        }

        synchronized boolean allocate(String pickId, String bin, int qty) {
            int have = onHand.getOrDefault(bin, 0);
            if (have < qty) {
                return false;
            }
            onHand.put(bin, have - qty);
            allocated.merge(bin, qty, Integer::sum);
            pickLists.addLine(pickId, bin, qty);
            return true;
        }

        synchronized void giveBack(String bin, int qty) {
            allocated.merge(bin, -qty, Integer::sum);
            onHand.merge(bin, qty, Integer::sum);
        }
    }

    static final class PickLists {
        private final Map<String, String> binByPick = new HashMap<>();
        private final Map<String, Integer> qtyByPick = new HashMap<>();
        private final BinStock stock;

        PickLists(BinStock stock) {
            this.stock = stock;
        }

        synchronized void addLine(String pickId, String bin, int qty) {
            binByPick.put(pickId, bin);
            qtyByPick.put(pickId, qty);
        }

        boolean release(String pickId) {
            synchronized (stock) {
                synchronized (this) {
                    String bin = binByPick.remove(pickId);
                    Integer qty = qtyByPick.remove(pickId);
                    if (bin == null) {
                        return false;
                    }
                    stock.giveBack(bin, qty); // OK: stock monitor was taken before this one (reentrant), same BinStock->PickLists order as allocate()
                    return true;
                }
            }
        }
    }

    private final BinStock stock = new BinStock();
    private final PickLists pickLists = new PickLists(stock);

    public PickingAllocations() {
        stock.attach(pickLists);
    }

    public void receive(String bin, int qty) {
        stock.receive(bin, qty);
    }

    public boolean allocate(String pickId, String bin, int qty) {
        return stock.allocate(pickId, bin, qty);
    }

    public boolean release(String pickId) {
        return pickLists.release(pickId);
    }

    public static void main(String[] args) throws InterruptedException {
        PickingAllocations service = new PickingAllocations();
        service.receive("A-01-03", 1_000_000);
        ExecutorService gateway = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String pickId = "pick-" + i;
            gateway.submit(() -> service.allocate(pickId, "A-01-03", 1));
            gateway.submit(() -> service.release(pickId));
        }
        gateway.shutdown();
        gateway.awaitTermination(30, TimeUnit.SECONDS);
    }
}
