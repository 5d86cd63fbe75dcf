package deadlock.dynamiclockorder;

import java.util.List;

/**
 * One settlement worker applies transfer records in both directions, each locking the record's source
 * account and then its destination, as in the bad case; but the factory is called once, so only one
 * thread ever takes these locks, and a thread cannot deadlock with itself on monitors it re-enters in
 * turn.
 */
public class GoodOneWorkerAppliesTransferRecords {

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

    /** One transfer instruction. */
    record Transfer(Account from, Account to, long amount) {
    }

    void apply(Transfer t) {
        synchronized (t.from()) {
            synchronized (t.to()) {
                if (t.from().balance >= t.amount()) {
                    t.from().balance -= t.amount();
                    t.to().balance += t.amount();
                }
            }
        }
    }

    Thread worker(String name, List<Transfer> transfers) {
        return new Thread(() -> transfers.forEach(this::apply), name);
    }

    public static void main(String[] args) throws InterruptedException {
        Account operating = new Account("operating", 1_000);
        Account reserve = new Account("reserve", 1_000);
        GoodOneWorkerAppliesTransferRecords rebalancer = new GoodOneWorkerAppliesTransferRecords();
        Thread settlement = rebalancer.worker("settlement",
                List.of(new Transfer(operating, reserve, 10), new Transfer(reserve, operating, 7)));
        settlement.start();
        settlement.join();
        System.out.println(operating.balance() + reserve.balance());
    }
}
