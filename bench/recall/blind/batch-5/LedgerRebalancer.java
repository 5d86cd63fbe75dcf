// EXPECT: deadlock @ line 33
package probe5.batch;

import java.util.List;

/**
 * Nightly rebalancing job that moves funds between internal ledger accounts.
 * Two settlement workers run concurrently, each applying its own list of
 * transfers; every transfer locks both accounts to keep the pair consistent.
 */
public class LedgerRebalancer {

    /** A ledger account guarded by its own monitor. */
    static final class Account {
        final String id;
        private long balance;

        Account(String id, long balance) {
            this.id = id;
            this.balance = balance;
        }

        synchronized long balance() {
            return balance;
        }
    }

    /** A single transfer instruction. */
    record Transfer(Account from, Account to, long amount) {}

    void apply(Transfer t) {
        synchronized (t.from()) {
            synchronized (t.to()) { // BUG: lock order follows argument order; opposite-direction transfers deadlock
                if (t.from().balance >= t.amount()) {
                    t.from().balance -= t.amount();
                    t.to().balance += t.amount();
                }
            }
        }
    }

    Thread settlementWorker(String name, List<Transfer> transfers, int rounds) {
        return new Thread(() -> {
            for (int r = 0; r < rounds; r++) {
                for (Transfer t : transfers) {
                    apply(t);
                }
            }
        }, name);
    }

    public static void main(String[] args) throws InterruptedException {
        Account operating = new Account("operating", 1_000_000);
        Account reserve = new Account("reserve", 1_000_000);
        LedgerRebalancer rebalancer = new LedgerRebalancer();

        Thread sweep = rebalancer.settlementWorker("sweep",
                List.of(new Transfer(operating, reserve, 10)), 50_000);
        Thread topUp = rebalancer.settlementWorker("top-up",
                List.of(new Transfer(reserve, operating, 7)), 50_000);
        sweep.start();
        topUp.start();
        sweep.join();
        topUp.join();

        System.out.println(operating.id + "=" + operating.balance()
                + " " + reserve.id + "=" + reserve.balance());
    }
}
