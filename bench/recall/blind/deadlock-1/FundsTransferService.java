// EXPECT: dynamic-lock-order @ line 28
package probe.dl;

/** Moves money between customer accounts. Instances are safe to share between threads. */
public class FundsTransferService {

    public static final class Account {
        private final String iban;
        private long balanceCents;

        public Account(String iban, long openingBalanceCents) {
            this.iban = iban;
            this.balanceCents = openingBalanceCents;
        }

        public synchronized long balance() {
            return balanceCents;
        }

        @Override
        public String toString() {
            return iban;
        }
    }

    public boolean transfer(Account from, Account to, long amountCents) {
        synchronized (from) {
            synchronized (to) { // BUG: lock order follows argument order; a concurrent transfer(b, a) deadlocks with transfer(a, b)
                if (from.balanceCents < amountCents) {
                    return false;
                }
                from.balanceCents -= amountCents;
                to.balanceCents += amountCents;
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        FundsTransferService service = new FundsTransferService();
        Account checking = new Account("DE44-0001", 500_000);
        Account savings = new Account("DE44-0002", 500_000);
        Thread payroll = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                service.transfer(checking, savings, 100);
            }
        }, "payroll");
        Thread sweep = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                service.transfer(savings, checking, 100);
            }
        }, "savings-sweep");
        payroll.start();
        sweep.start();
        payroll.join();
        sweep.join();
        System.out.println("total = " + (checking.balance() + savings.balance()));
    }
}
