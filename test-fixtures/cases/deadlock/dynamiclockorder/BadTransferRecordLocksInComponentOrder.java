package deadlock.dynamiclockorder;

import java.util.List;

/**
 * Settlement workers apply transfer records, each locking the record's source account and then its
 * destination: the lock order is the order the record's maker put the accounts in, and two workers
 * applying transfers between the same accounts in opposite directions deadlock. The workers come from
 * one factory method called twice on the same rebalancer, so two of them run at once.
 */
public class BadTransferRecordLocksInComponentOrder {

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
            synchronized (t.to()) { // expect: DynamicLockOrder['`t.to` is locked while holding `t.from`']
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
        BadTransferRecordLocksInComponentOrder rebalancer = new BadTransferRecordLocksInComponentOrder();
        Thread sweep = rebalancer.worker("sweep", List.of(new Transfer(operating, reserve, 10)));
        Thread topUp = rebalancer.worker("top-up", List.of(new Transfer(reserve, operating, 7)));
        sweep.start();
        topUp.start();
        sweep.join();
        topUp.join();
        System.out.println(operating.balance() + reserve.balance());
    }
}
