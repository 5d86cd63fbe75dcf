// EXPECT: none
package probe13a; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Executes internal book transfers between ledger accounts. Instructions are processed by
 * a worker pool, so opposite-direction transfers between the same two accounts are common
 * (e.g. sweep-out and sweep-back for treasury accounts).
 */
public class LedgerTransferExecutor {

    public static final class LedgerAccount {
        private final long id;
        private long balanceMinor;

        public LedgerAccount(long id, long openingBalanceMinor) {
            this.id = id;
            this.balanceMinor = openingBalanceMinor;
        }

        public long id() {
            return id;
        }

        synchronized long balance() {
            return balanceMinor;
        }
    }

    public boolean transfer(LedgerAccount from, LedgerAccount to, long amountMinor) {
        if (from.id == to.id) {
            throw new IllegalArgumentException("cannot transfer to the same account");
        }
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        LedgerAccount first = from.id < to.id ? from : to;
        LedgerAccount second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: both locks are always acquired in ascending account-id order
                if (from.balanceMinor < amountMinor) {
                    return false;
                }
                from.balanceMinor -= amountMinor;
                to.balanceMinor += amountMinor;
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerTransferExecutor executor = new LedgerTransferExecutor();
        LedgerAccount operating = new LedgerAccount(2001, 5_000_000);
        LedgerAccount treasury = new LedgerAccount(2002, 5_000_000);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            if (i % 2 == 0) {
                workers.execute(() -> executor.transfer(operating, treasury, 25));
            } else {
                workers.execute(() -> executor.transfer(treasury, operating, 25));
            }
        }
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.println("transfers did not finish");
        }
        System.out.println("operating=" + operating.balance() + " treasury=" + treasury.balance());
    }
}
