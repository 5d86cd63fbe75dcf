// EXPECT: lock-order-deadlock @ line 21
package probe6c;

/**
 * A naive bank transfer service: two teller threads move money between the same two
 * accounts in opposite directions.
 */
public class BankTransferService {
    static final class Account {
        final String iban;
        private long balanceCents;

        Account(String iban, long balanceCents) {
            this.iban = iban;
            this.balanceCents = balanceCents;
        }
    }

    public void transfer(Account from, Account to, long cents) {
        synchronized (from) {
            synchronized (to) { // BUG: lock-order deadlock: accounts locked in argument order, opposite transfers lock in opposite order
                if (from.balanceCents < cents) {
                    throw new IllegalStateException("insufficient funds in " + from.iban);
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
        BankTransferService svc = new BankTransferService();
        Account alice = new Account("DE01", 1_000_000);
        Account bob = new Account("DE02", 1_000_000);

        Thread teller1 = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                svc.transfer(alice, bob, 1);
            }
        }, "teller-1");
        Thread teller2 = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                svc.transfer(bob, alice, 1);
            }
        }, "teller-2");
        teller1.start();
        teller2.start();
        teller1.join();
        teller2.join();
        System.out.println("alice=" + balance(alice) + " bob=" + balance(bob));
    }
}
