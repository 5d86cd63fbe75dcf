// EXPECT: none
package probe16a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Commits XA-style transactions spanning two branches. Commits run on a worker pool,
 * and callers may pass the branches in any order.
 */
public class XaBranchCoordinator {

    static final class Branch {
        final int branchId;
        final String name;
        private final List<String> prepared = new ArrayList<>();
        private final List<String> committed = new ArrayList<>();

        Branch(int branchId, String name) {
            this.branchId = branchId;
            this.name = name;
        }

        boolean prepare(String xid) {
            prepared.add(xid);
            return true;
        }

        void commit(String xid) {
            prepared.remove(xid);
            committed.add(xid);
        }

        void rollback(String xid) {
            prepared.remove(xid);
        }
    }

    public boolean commit(String xid, Branch a, Branch b) {
        Branch lower = a.branchId <= b.branchId ? a : b;
        Branch higher = lower == a ? b : a;
        synchronized (lower) {
            synchronized (higher) { // OK: locks always acquired in ascending branchId order regardless of argument order
                boolean ok = a.prepare(xid) && b.prepare(xid);
                if (ok) {
                    a.commit(xid);
                    b.commit(xid);
                } else {
                    a.rollback(xid);
                    b.rollback(xid);
                }
                return ok;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        XaBranchCoordinator coordinator = new XaBranchCoordinator();
        Branch payments = new Branch(1, "payments-db");
        Branch ledger = new Branch(2, "ledger-db");

        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            String xid = "xid-" + i;
            if (i % 2 == 0) {
                workers.execute(() -> coordinator.commit(xid, payments, ledger));
            } else {
                workers.execute(() -> coordinator.commit(xid, ledger, payments));
            }
        }
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            System.out.println("commit workers did not finish");
        }
    }
}
