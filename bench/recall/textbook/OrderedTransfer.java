// EXPECT: none
package recall;

public class OrderedTransfer {
    public static final class Account {
        private final long id;
        private long balance;

        public Account(long id, long balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    public static boolean transfer(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) {
                if (from.balance < amount) {
                    return false;
                }
                from.balance -= amount;
                to.balance += amount;
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account(1, 1_000_000);
        Account b = new Account(2, 1_000_000);
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) transfer(a, b, 1);
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) transfer(b, a, 1);
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
    }
}
