package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Commits that span two branches, run on a pool with the branches in either order. Each commit takes
 * both branches' monitors in the order of their ids, and calls the branches' own (unsynchronized)
 * methods only inside: those methods touch nothing but their branch's state and keep no reference to it,
 * so all they do happens while both monitors are held, and two commits cannot change one branch at once.
 */
public final class GoodBranchesCalledUnderBothMonitorsInIdOrder {

    static final class Branch {
        final int id;
        private final List<String> prepared = new ArrayList<>();
        private final List<String> committed = new ArrayList<>();

        Branch(int id) {
            this.id = id;
        }

        boolean prepare(String xid) {
            prepared.add(xid);
            return true;
        }

        void commit(String xid) {
            prepared.remove(xid);
            record(xid);
        }

        private void record(String xid) {
            committed.add(xid);
        }
    }

    static boolean commit(String xid, Branch a, Branch b) {
        Branch lower = a.id <= b.id ? a : b;
        Branch higher = lower == a ? b : a;
        synchronized (lower) {
            synchronized (higher) {
                if (a.prepare(xid) && b.prepare(xid)) {
                    a.commit(xid);
                    b.commit(xid);
                    return true;
                }
                return false;
            }
        }
    }

    public static void main(String[] args) {
        Branch payments = new Branch(1);
        Branch ledger = new Branch(2);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            String xid = "xid-" + i;
            if (i % 2 == 0) {
                workers.execute(() -> commit(xid, payments, ledger));
            } else {
                workers.execute(() -> commit(xid, ledger, payments));
            }
        }
        workers.shutdown();
    }
}
