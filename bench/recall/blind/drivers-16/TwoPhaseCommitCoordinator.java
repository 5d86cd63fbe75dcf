// EXPECT: lock-order-deadlock @ line 41
package probe16a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Coordinates a two-phase commit across two resource branches (e.g. the orders
 * database and the inventory database). Transactions are committed from a pool of
 * worker threads, and a transaction may enlist the branches in either order.
 */
public class TwoPhaseCommitCoordinator {

    static final class ResourceBranch {
        final String name;
        private final List<String> preparedTxIds = new ArrayList<>();
        private final List<String> committedTxIds = new ArrayList<>();

        ResourceBranch(String name) {
            this.name = name;
        }

        boolean prepare(String txId) {
            preparedTxIds.add(txId);
            return true;
        }

        void commit(String txId) {
            preparedTxIds.remove(txId);
            committedTxIds.add(txId);
        }

        void rollback(String txId) {
            preparedTxIds.remove(txId);
        }
    }

    public boolean commit(String txId, ResourceBranch first, ResourceBranch second) {
        synchronized (first) {
            synchronized (second) { // BUG: branches locked in enlistment order; opposite enlistment on another thread deadlocks
                boolean ok = first.prepare(txId) && second.prepare(txId);
                if (ok) {
                    first.commit(txId);
                    second.commit(txId);
                } else {
                    first.rollback(txId);
                    second.rollback(txId);
                }
                return ok;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TwoPhaseCommitCoordinator coordinator = new TwoPhaseCommitCoordinator();
        ResourceBranch orders = new ResourceBranch("orders-db");
        ResourceBranch inventory = new ResourceBranch("inventory-db");

        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            String txId = "tx-" + i;
            if (i % 2 == 0) {
                // place order: write the order first, then reserve stock
                workers.execute(() -> coordinator.commit(txId, orders, inventory));
            } else {
                // restock: update inventory first, then back-fill pending orders
                workers.execute(() -> coordinator.commit(txId, inventory, orders));
            }
        }
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            System.out.println("commit workers did not finish");
        }
    }
}
