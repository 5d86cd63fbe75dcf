// EXPECT: lock-order-deadlock @ line 29
package probe7c; /**
 * A bank teller service that moves money between accounts. Each account's
 * balance is guarded by the account's own monitor.
 */
public class TellerService {

    static final class Account {
        final int id;
        private long balance;

        Account(int id, long balance) {
            this.id = id;
            this.balance = balance;
        }

        long balance() {
            synchronized (this) {
                return balance;
            }
        }
    }

    private long transfers;
    private final Object statsLock = new Object();

    public void transfer(Account from, Account to, long amount) {
        synchronized (from) {
            synchronized (to) { // BUG: lock order follows the argument order; a thread running transfer(a, b) holds a and waits for b while another running transfer(b, a) holds b and waits for a, so both deadlock
                if (from.balance < amount) {
                    throw new IllegalStateException("insufficient funds in " + from.id);
                }
                from.balance -= amount;
                to.balance += amount;
            }
        }
        synchronized (statsLock) {
            transfers++;
        }
    }

    public long transferCount() {
        synchronized (statsLock) {
            return transfers;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TellerService teller = new TellerService();
        Account checking = new Account(1, 1_000_000);
        Account savings = new Account(2, 1_000_000);

        Thread payroll = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                teller.transfer(checking, savings, 1);
            }
        }, "payroll");
        Thread refunds = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                teller.transfer(savings, checking, 1);
            }
        }, "refunds");

        payroll.start();
        refunds.start();
        payroll.join();
        refunds.join();
        System.out.println("transfers: " + teller.transferCount()
                + ", total: " + (checking.balance() + savings.balance()));
    }
}
