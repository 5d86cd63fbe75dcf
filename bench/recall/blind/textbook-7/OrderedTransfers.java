// EXPECT: none
package probe7c; import java.util.concurrent.ThreadLocalRandom;

/**
 * Money transfers between accounts in a small ledger. Several clerks run
 * transfers in both directions between the same accounts at the same time.
 */
public class OrderedTransfers {

    static final class Account {
        final long id;
        private long balance;

        Account(long id, long balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    public static void transfer(Account from, Account to, long amount) {
        if (from.id == to.id) {
            return;
        }
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: nested locks are always taken in ascending account-id order (ids are unique), so transfer(a, b) and transfer(b, a) both lock the lower id first and no cycle in the wait-for graph is possible
                if (from.balance >= amount) {
                    from.balance -= amount;
                    to.balance += amount;
                }
            }
        }
    }

    static long totalBalance(Account[] accounts) {
        long sum = 0;
        for (Account a : accounts) {
            synchronized (a) {
                sum += a.balance;
            }
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        Account[] accounts = new Account[4];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Account(i + 1, 10_000);
        }
        Thread[] clerks = new Thread[6];
        for (int c = 0; c < clerks.length; c++) {
            clerks[c] = new Thread(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                for (int i = 0; i < 200_000; i++) {
                    Account a = accounts[rnd.nextInt(accounts.length)];
                    Account b = accounts[rnd.nextInt(accounts.length)];
                    transfer(a, b, 1 + rnd.nextInt(50));
                }
            }, "clerk-" + c);
            clerks[c].start();
        }
        for (Thread t : clerks) {
            t.join();
        }
        System.out.println("total balance: " + totalBalance(accounts) + " (expected 40000)");
    }
}
