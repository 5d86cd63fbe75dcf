package deadlock.dynamiclockorder;

import java.util.List;

/**
 * Settlement workers apply transfer records, as in the bad case, but each takes the two accounts' locks in
 * the order of their ids, whichever way the record points: every worker locks the same two accounts in
 * the same order.
 */
public class GoodTransferRecordLocksInIdOrder {

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
        Account first = t.from().id.compareTo(t.to().id) <= 0 ? t.from() : t.to();
        Account second = first == t.from() ? t.to() : t.from();
        synchronized (first) {
            synchronized (second) {
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
        GoodTransferRecordLocksInIdOrder rebalancer = new GoodTransferRecordLocksInIdOrder();
        Thread sweep = rebalancer.worker("sweep", List.of(new Transfer(operating, reserve, 10)));
        Thread topUp = rebalancer.worker("top-up", List.of(new Transfer(reserve, operating, 7)));
        sweep.start();
        topUp.start();
        sweep.join();
        topUp.join();
        System.out.println(operating.balance() + reserve.balance());
    }
}
