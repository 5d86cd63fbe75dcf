// EXPECT: lock-order-inversion @ line 33
package probe.dl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Posts journal entries to the general ledger and mirrors them into an audit trail. */
public class LedgerAuditService {

    private final Object ledgerLock = new Object();
    private final Object auditLock = new Object();
    private final Map<String, Long> balances = new HashMap<>();
    private final List<String> auditTrail = new ArrayList<>();

    public void postEntry(String account, long amountCents) {
        synchronized (ledgerLock) {
            balances.merge(account, amountCents, Long::sum);
            synchronized (auditLock) {
                auditTrail.add("POST " + account + " " + amountCents);
            }
        }
    }

    /** Used by the compliance export job. */
    public List<String> exportAuditWithBalances() {
        synchronized (auditLock) {
            List<String> report = new ArrayList<>(auditTrail);
            synchronized (ledgerLock) { // BUG: takes ledgerLock while holding auditLock; postEntry() takes them in the opposite order
                for (Map.Entry<String, Long> e : balances.entrySet()) {
                    report.add("BAL " + e.getKey() + " " + e.getValue());
                }
            }
            return report;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerAuditService service = new LedgerAuditService();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            final int n = i;
            pool.execute(() -> service.postEntry("acct-" + (n % 7), n * 100L));
            if (n % 10 == 0) {
                pool.execute(() -> System.out.println(service.exportAuditWithBalances().size()));
            }
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.println("ledger workers did not finish");
        }
    }
}
