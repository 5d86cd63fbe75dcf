// EXPECT: none
package recall2;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Moves money between accounts. Each account has its own lock; transfers in both directions
 * run concurrently, so locks are always taken in ascending account-id order.
 */
public class LedgerTransfers {

    public static final class Account {
        private final long id;
        private final ReentrantLock lock = new ReentrantLock();
        private long balanceCents;

        public Account(long id, long balanceCents) {
            this.id = id;
            this.balanceCents = balanceCents;
        }

        public long id() {
            return id;
        }

        public long balance() {
            lock.lock();
            try {
                return balanceCents;
            } finally {
                lock.unlock();
            }
        }
    }

    public boolean transfer(Account from, Account to, long cents) {
        if (from == to) {
            throw new IllegalArgumentException("same account");
        }
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                if (from.balanceCents < cents) {
                    return false;
                }
                from.balanceCents -= cents;
                to.balanceCents += cents;
                return true;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerTransfers ledger = new LedgerTransfers();
        Account a = new Account(1, 1_000_000);
        Account b = new Account(2, 1_000_000);
        ExecutorService tellers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100_000; i++) {
            final boolean ab = ThreadLocalRandom.current().nextBoolean();
            tellers.execute(() -> ledger.transfer(ab ? a : b, ab ? b : a, 1));
        }
        tellers.shutdown();
        tellers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("total " + (a.balance() + b.balance()));
    }
}
