// EXPECT: dropped-future @ line 19
package probe.dl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Kicks off the nightly settlement reconciliation for every merchant. */
public class NightlyBatchScheduler {

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final Map<String, Long> settled = new ConcurrentHashMap<>();

    public void runNightly(List<String> merchantIds) {
        for (String merchant : merchantIds) {
            workers.submit(() -> reconcile(merchant)); // BUG: Future discarded; an IllegalStateException from reconcile() is silently lost
        }
    }

    private void reconcile(String merchant) {
        long ledger = ledgerTotal(merchant);
        long bank = bankStatementTotal(merchant);
        if (ledger != bank) {
            throw new IllegalStateException("mismatch for " + merchant + ": " + ledger + " vs " + bank);
        }
        settled.put(merchant, ledger);
    }

    private static long ledgerTotal(String merchant) {
        return merchant.length() * 1_000L;
    }

    private static long bankStatementTotal(String merchant) {
        return merchant.startsWith("m-7") ? 0L : merchant.length() * 1_000L;
    }

    public int awaitCompletion() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.HOURS);
        return settled.size();
    }

    public static void main(String[] args) throws InterruptedException {
        NightlyBatchScheduler scheduler = new NightlyBatchScheduler();
        scheduler.runNightly(List.of("m-100", "m-200", "m-700", "m-800"));
        System.out.println("settled merchants: " + scheduler.awaitCompletion());
    }
}
