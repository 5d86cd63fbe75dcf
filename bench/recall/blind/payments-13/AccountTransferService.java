// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out-or-blocking @ line 45
package probe13a; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Moves funds between in-memory ledger accounts. Transfer instructions are executed by a
 * worker pool, so transfers in both directions between the same pair of accounts can run
 * at the same time.
 */
public class AccountTransferService {

    public static final class Account {
        private final long id;
        private long balanceMinor;

        public Account(long id, long openingBalanceMinor) {
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

    public static class InsufficientFundsException extends RuntimeException {
        public InsufficientFundsException(String message) {
            super(message);
        }
    }

    public void transfer(Account from, Account to, long amountMinor) {
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer to the same account");
        }
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        synchronized (from) {
            synchronized (to) { // BUG: locks taken in argument order; opposite transfers A->B and B->A deadlock
                if (from.balanceMinor < amountMinor) {
                    throw new InsufficientFundsException("account " + from.id + " has insufficient funds");
                }
                from.balanceMinor -= amountMinor;
                to.balanceMinor += amountMinor;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AccountTransferService service = new AccountTransferService();
        Account alice = new Account(1001, 1_000_000);
        Account bob = new Account(1002, 1_000_000);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            if (i % 2 == 0) {
                workers.execute(() -> service.transfer(alice, bob, 10));
            } else {
                workers.execute(() -> service.transfer(bob, alice, 10));
            }
        }
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.println("transfers did not finish");
        }
        System.out.println("alice=" + alice.balance() + " bob=" + bob.balance());
    }
}
