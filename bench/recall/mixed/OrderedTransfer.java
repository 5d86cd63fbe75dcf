// EXPECT: none
package recall3;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Transfers between two accounts in both directions from several threads. Both monitors are
 * always taken in System.identityHashCode order, with a global tie-breaking lock for hash
 * collisions, so the opposite-direction transfers cannot deadlock.
 */
public class OrderedTransfer {
    private static final Object TIE_LOCK = new Object();

    static final class Account {
        private final String id;
        private long balance;

        Account(String id, long balance) {
            this.id = id;
            this.balance = balance;
        }

        synchronized void debit(long amount) {
            balance -= amount;
        }

        synchronized void credit(long amount) {
            balance += amount;
        }

        synchronized long balance() {
            return balance;
        }
    }

    static void transfer(Account from, Account to, long amount) {
        int fromHash = System.identityHashCode(from);
        int toHash = System.identityHashCode(to);
        if (fromHash < toHash) {
            synchronized (from) {
                synchronized (to) {
                    move(from, to, amount);
                }
            }
        } else if (fromHash > toHash) {
            synchronized (to) {
                synchronized (from) {
                    move(from, to, amount);
                }
            }
        } else {
            synchronized (TIE_LOCK) {
                synchronized (from) {
                    synchronized (to) {
                        move(from, to, amount);
                    }
                }
            }
        }
    }

    private static void move(Account from, Account to, long amount) {
        from.debit(amount);
        to.credit(amount);
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account("A", 1_000);
        Account b = new Account("B", 1_000);
        Thread[] clerks = new Thread[4];
        for (int i = 0; i < clerks.length; i++) {
            final boolean aToB = i % 2 == 0;
            clerks[i] = new Thread(() -> {
                for (int k = 0; k < 10_000; k++) {
                    long amount = ThreadLocalRandom.current().nextLong(1, 10);
                    if (aToB) {
                        transfer(a, b, amount);
                    } else {
                        transfer(b, a, amount);
                    }
                }
            }, "clerk-" + i);
            clerks[i].start();
        }
        for (Thread clerk : clerks) {
            clerk.join();
        }
        System.out.println(a.id + "+" + b.id + " = " + (a.balance() + b.balance()) + " (expected 2000)");
    }
}
