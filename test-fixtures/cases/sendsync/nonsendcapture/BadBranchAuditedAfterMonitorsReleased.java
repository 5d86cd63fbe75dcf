package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same commits, but each one writes an audit entry on the first branch after it has released both
 * monitors: two commits can then change that branch's list at once.
 */
public final class BadBranchAuditedAfterMonitorsReleased {

    static final class Branch {
        final int id;
        private final List<String> prepared = new ArrayList<>();
        private final List<String> audit = new ArrayList<>();

        Branch(int id) {
            this.id = id;
        }

        boolean prepare(String xid) {
            prepared.add(xid);
            return true;
        }

        void audit(String xid) {
            audit.add(xid);
        }
    }

    static boolean commit(String xid, Branch a, Branch b) {
        Branch lower = a.id <= b.id ? a : b;
        Branch higher = lower == a ? b : a;
        boolean ok;
        synchronized (lower) {
            synchronized (higher) {
                ok = a.prepare(xid) && b.prepare(xid);
            }
        }
        a.audit(xid);
        return ok;
    }

    public static void main(String[] args) {
        Branch payments = new Branch(1);
        Branch ledger = new Branch(2);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            String xid = "xid-" + i;
            if (i % 2 == 0) {
                workers.execute(() -> commit(xid, payments, ledger)); // expect: NonSendCapture['`payments` is not thread-safe but is shared with a task'], NonSendCapture['`ledger` is not thread-safe but is shared with a task']
            } else {
                workers.execute(() -> commit(xid, ledger, payments)); // expect: NonSendCapture['`payments` is not thread-safe but is shared with a task'], NonSendCapture['`ledger` is not thread-safe but is shared with a task']
            }
        }
        workers.shutdown();
    }
}
