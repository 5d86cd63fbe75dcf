// EXPECT: none
package probe6c;

/**
 * Bank transfer service that avoids lock-order deadlock by always locking the account
 * with the smaller id first, regardless of transfer direction.
 */
public class OrderedTransferService {
    static final class Account {
        final long id;
        private long balanceCents;

        Account(long id, long balanceCents) {
            this.id = id;
            this.balanceCents = balanceCents;
        }
    }

    public void transfer(Account from, Account to, long cents) {
        if (from.id == to.id) {
            return;
        }
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: locks always acquired in global order of account id, so no lock-order cycle
                if (from.balanceCents < cents) {
                    throw new IllegalStateException("insufficient funds in account " + from.id);
                }
                from.balanceCents -= cents;
                to.balanceCents += cents;
            }
        }
    }

    public static long balance(Account a) {
        synchronized (a) {
            return a.balanceCents;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OrderedTransferService svc = new OrderedTransferService();
        Account checking = new Account(17, 500_000);
        Account savings = new Account(42, 500_000);

        Thread payroll = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                svc.transfer(checking, savings, 3);
            }
        }, "payroll");
        Thread sweeper = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                svc.transfer(savings, checking, 3);
            }
        }, "sweeper");
        payroll.start();
        sweeper.start();
        payroll.join();
        sweeper.join();
        System.out.println("checking=" + balance(checking) + " savings=" + balance(savings));
    }
}
